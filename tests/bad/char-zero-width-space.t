# a zero-width space U+200B between two tokens: the message shows it escaped
# (it showed nothing between its quotes)
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score min(actual / target, 1)\0342\0200\0213* weight
    }
}
--- stderr
t.rubric:4:38: error[E001]: unexpected character '\u200b' (U+200B)
            score min(actual / target, 1)​* weight
                                         ^
1 error
--- status
1
