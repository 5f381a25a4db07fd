# a control character ESC (0x1B, a terminal colour code) in a score expression
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score min(actual / target, 1) \0033[31m* weight
    }
}
--- stderr
t.rubric:4:39: error[E001]: unexpected control character 0x1B
            score min(actual / target, 1)  [31m* weight
                                          ^
1 error
--- status
1
