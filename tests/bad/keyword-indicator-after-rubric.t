# an indicator after the template's closing '}'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
indicator 预算执行率 weight 10 { score judged }
--- stderr
t.rubric:4:1: error[E001]: unexpected 'indicator'; expected end of file or end of line
    indicator 预算执行率 weight 10 { score judged }
    ^^^^^^^^^
1 error
--- status
1
