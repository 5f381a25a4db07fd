# a let without '='
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    input 预算资金: number
    let 半数 预算资金 / 2
    indicator 资金到位率 weight 10 { actual 半数; score min(10, actual) }
}
--- stderr
t.rubric:3:12: error[E001]: unexpected name '预算资金'; expected '='
        let 半数 预算资金 / 2
                 ^^^^^^^^
1 error
--- status
1
