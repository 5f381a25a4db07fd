# an indicator's '{' is not closed before the next indicator
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 5 {
        score judged
    indicator 预算执行率 weight 5 { score judged }
}
--- stderr
t.rubric:4:5: error[E001]: unexpected 'indicator'
        indicator 预算执行率 weight 5 { score judged }
        ^^^^^^^^^
help: is a '}' missing? '{' at line 2 is still open
1 error
--- status
1
