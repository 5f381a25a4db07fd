# a control character BEL (0x07) in a score expression
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score min(actual / target, 1) \0007* weight
    }
}
--- stderr
t.rubric:4:39: error[E001]: unexpected control character 0x07
            score min(actual / target, 1)  * weight
                                          ^
1 error
--- status
1
