# an unclosed full-width （ in a score expression
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score min（actual / target, 1 * weight
    }
}
--- stderr
t.rubric:4:46: error[E001]: unexpected end of line
            score min（actual / target, 1 * weight
                                                  ^
1 error
--- status
1
