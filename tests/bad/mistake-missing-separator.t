# Two clauses on one line without ';' between.
# (One of the first mistakes of a new user: the message says what to write.)
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator 甲 weight 10 { target >= 95% score proportional }
}
--- stderr
t.rubric:2:43: error[E001]: unexpected 'score'
        indicator 甲 weight 10 { target >= 95% score proportional }
                                               ^^^^^
help: a ';' or a new line is missing before 'score'
1 error
--- status
1
