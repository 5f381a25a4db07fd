# two templates in one file
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
rubric "预算管理" {
    indicator 预算执行率 weight 10 { score judged }
}
--- stderr
t.rubric:4:1: error[E001]: unexpected 'rubric'; expected end of file or end of line
    rubric "预算管理" {
    ^^^^^^
1 error
--- status
1
