# A colon after a clause's keyword, as in a form: a clause has none.
# (One of the first mistakes of a new user: the message says what to write.)
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator 甲 weight 10 { target: >= 95%; score: proportional }
}
--- stderr
t.rubric:2:35: error[E001]: unexpected ':'
        indicator 甲 weight 10 { target: >= 95%; score: proportional }
                                       ^
help: a clause is its keyword and its value, with no ':' between: target >= 95%
1 error
--- status
1
