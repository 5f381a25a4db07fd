# 'total' declared twice
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    total 10
    total 10
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:3:5: error[E104]: 'total' is declared twice
        total 10
        ^^^^^^^^
1 error
--- status
1
