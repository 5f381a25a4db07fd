# an indicator's '{' closed by ')'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged )
}
--- stderr
t.rubric:2:46: error[E001]: unexpected ')'
        indicator 资金到位率 weight 10 { score judged )
                                                      ^
1 error
--- status
1
