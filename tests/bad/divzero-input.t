# division by zero when scored: the divisor is an input given 0
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    input 实际到位资金: number
    input 预算资金: number
    indicator 资金到位率 weight 10 {
        actual 实际到位资金 / 预算资金
        target >= 100%
        score proportional
    }
}
--- file d.json
{"实际到位资金": 190, "预算资金": 0}
--- stdout
资金管理

indicator   target  actual  weight           score  remark
资金到位率  ≥100%   待核实      10          待核实  pending: the rule cannot score this value
--------------------------------------------------
total                           10  0 (incomplete)
grade                                            -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:5:16: error[E305]: indicator 资金到位率: cannot divide 190 by 预算资金, which is 0
            actual 实际到位资金 / 预算资金
                   ^^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
