# a // comment after code
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {  // 说明
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:18: error[E001]: unexpected '/'
    rubric "资金管理" {  // 说明
                         ^
1 error
--- status
1
