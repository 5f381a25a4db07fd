# a target that is a formula of itself (a hang before)
--- args
check t.rubric
--- file t.rubric
rubric "自引用" {
    indicator 完成率 weight 10 { target >= target * 2; score proportional }
}
--- stderr
t.rubric:2:41: error[E105]: the target of 完成率 cannot refer to itself
        indicator 完成率 weight 10 { target >= target * 2; score proportional }
                                               ^^^^^^
1 error
--- status
1
