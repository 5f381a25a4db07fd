# 'input x number' without the colon
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    input 预算资金 number
    indicator 资金到位率 weight 10 { actual 预算资金; score min(10, actual) }
}
--- stderr
t.rubric:2:16: error[E001]: unexpected 'number'; expected ':'
        input 预算资金 number
                       ^^^^^^
1 error
--- status
1
