# an 'if' without 'else'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score if actual >= target then weight
    }
}
--- stderr
t.rubric:4:46: error[E001]: unexpected end of line
            score if actual >= target then weight
                                                 ^
1 error
--- status
1
