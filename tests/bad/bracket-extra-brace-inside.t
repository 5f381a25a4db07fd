# one '}' too many in the middle: it closes the template early, and the error
# is reported at the next line with no word about the '}'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 5 { score judged } }
    indicator 预算执行率 weight 5 { score judged }
}
--- stderr
t.rubric:3:5: error[E001]: unexpected 'indicator'; expected end of file or end of line
        indicator 预算执行率 weight 5 { score judged }
        ^^^^^^^^^
1 error
--- status
1
