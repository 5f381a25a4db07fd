# a title written as a name, without quotes
--- args
check t.rubric
--- file t.rubric
rubric 资金管理 {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:8: error[E001]: unexpected name '资金管理'; expected a string
    rubric 资金管理 {
           ^^^^^^^^
1 error
--- status
1
