# a full-width （ closed by an ASCII ): the two are the same token, accepted
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score min（actual / target, 1) * weight
    }
}
--- status
0
