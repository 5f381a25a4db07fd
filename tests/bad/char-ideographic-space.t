# an ideographic space U+3000 between two tokens is white space
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score min(actual / target, 1)\0343\0200\0200*\0343\0200\0200weight
    }
}
--- status
0
