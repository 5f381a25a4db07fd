# an indicator with a weight and no block
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10
}
--- stderr
t.rubric:2:30: error[E001]: unexpected end of line; expected '+', '-', '*', '/' or '{'
        indicator 资金到位率 weight 10
                                      ^
1 error
--- status
1
