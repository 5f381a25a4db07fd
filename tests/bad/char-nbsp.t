# a non-breaking space U+00A0 (pasted from Word or a web page) between two
# tokens: the message shows it as an invisible ' '
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score min(actual / target, 1)\0302\0240* weight
    }
}
--- stderr
t.rubric:4:38: error[E001]: unexpected character ' ' (U+00A0)
            score min(actual / target, 1) * weight
                                         ^
1 error
--- status
1
