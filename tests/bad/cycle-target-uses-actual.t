# an actual may use the target, so the target may not use the actual: here
# the two would be formulas of each other (a hang before)
--- args
check t.rubric
--- file t.rubric
rubric "互相引用" {
    indicator 完成率 weight 10 { actual target; target >= actual; score proportional }
}
--- stderr
t.rubric:2:56: error[E105]: the target of 完成率 cannot refer to its actual
        indicator 完成率 weight 10 { actual target; target >= actual; score proportional }
                                                              ^^^^^^
1 error
--- status
1
