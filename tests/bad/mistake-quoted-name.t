# A name in double quotes, as a string: names take none, or 「」.
# (One of the first mistakes of a new user: the message says what to write.)
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator "甲" weight 10 { target >= 1; score proportional }
}
--- stderr
t.rubric:2:15: error[E001]: unexpected string "甲"
        indicator "甲" weight 10 { target >= 1; score proportional }
                  ^^^^
help: a name is written without quotes, or, with punctuation or spaces in it, in 「」 or backquotes: 「甲」
1 error
--- status
1
