# an unterminated “...” string
--- args
check t.rubric
--- file t.rubric
rubric “资金管理 {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:8: error[E001]: unterminated string
    rubric “资金管理 {
           ^^^^^^^^^^^
1 error
--- status
1
