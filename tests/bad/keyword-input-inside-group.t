# an input declared inside a group is accepted (declarations are global)
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    group 投入 {
        input 预算资金: number
        indicator 资金到位率 weight 10 { actual 预算资金; score min(10, actual) }
    }
}
--- status
0
