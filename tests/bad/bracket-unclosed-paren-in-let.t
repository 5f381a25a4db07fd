# an unclosed '(' of a call in a let, at the end of its line
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    input 实际: number
    input 预算: number
    let 执行率 = min(实际 / 预算, 1
    indicator 资金到位率 weight 10 { actual 执行率; score 10 * actual }
}
--- stderr
t.rubric:4:29: error[E001]: unexpected end of line
        let 执行率 = min(实际 / 预算, 1
                                       ^
1 error
--- status
1
