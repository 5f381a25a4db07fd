# a score that divides by the constant 0: accepted by rubric check
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score 10 / 0
    }
}
--- status
0
