# division by zero when scored: the divisor is a let that is 0 for this data
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    input 实际支出: number
    input 预算资金: number
    input 调减资金: number
    let 调整后预算 = 预算资金 - 调减资金
    indicator 预算执行率 weight 10 {
        actual 实际支出 / 调整后预算
        target >= 100%
        score proportional
    }
}
--- file d.json
{"实际支出": 80, "预算资金": 100, "调减资金": 100}
--- stdout
资金管理

indicator   target  actual  weight           score  remark
预算执行率  ≥100%   待核实      10          待核实  pending: the rule cannot score this value
--------------------------------------------------
total                           10  0 (incomplete)
grade                                            -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:7:16: error[E305]: indicator 预算执行率: cannot divide 80 by 调整后预算, which is 0
            actual 实际支出 / 调整后预算
                   ^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
