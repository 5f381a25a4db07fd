# a title in Chinese single quotes ‘...’
--- args
check t.rubric
--- file t.rubric
rubric ‘资金管理’ {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:8: error[E001]: unexpected character '‘' (U+2018)
    rubric ‘资金管理’ {
           ^
1 error
--- status
1
