# 'else' as the first line of a bands table makes every other line unreachable:
# currently accepted without a warning (cases reports E212)
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score bands {
            else: 0
            >= 100%: 10
        }
    }
}
--- status
0
