# weight 10分, as the 分值 column writes it: the points are understood.
# (One of the first mistakes of a new user: the message says what to write.)
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator 甲 weight 10分 { target >= 1; score proportional }
}
--- stderr
t.rubric:2:26: error[E001]: unexpected name '分'; expected '+', '-', '*', '/' or '{'
        indicator 甲 weight 10分 { target >= 1; score proportional }
                              ^^
help: a weight is a number of points: write the number alone: weight 10
1 error
--- status
1
