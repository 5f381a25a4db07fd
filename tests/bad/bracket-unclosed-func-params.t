# a function's parameter list is never closed
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    func 比例(a, t = min(a / t, 1)
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:2:18: error[E001]: unexpected '='; expected ':', ')' or ','
        func 比例(a, t = min(a / t, 1)
                       ^
1 error
--- status
1
