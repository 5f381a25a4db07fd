# 'weight' without its number, after the indicator's name
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight {
        score judged
    }
}
--- stderr
t.rubric:2:28: error[E001]: unexpected '{'
        indicator 资金到位率 weight {
                                    ^
1 error
--- status
1
