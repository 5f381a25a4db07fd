# division by zero inside a function of the template: the error points at the
# function's body, not at the call
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    func 比例(a, b) = a / b
    input 实际: number
    input 计划: number
    indicator 完成率 weight 10 {
        score min(10, 比例(实际, 计划) * 10)
    }
}
--- file d.json
{"实际": 5, "计划": 0}
--- stdout
资金管理

indicator  target  actual  weight           score  remark
完成率                         10          待核实  pending: the rule cannot score this value
-------------------------------------------------
total                          10  0 (incomplete)
grade                                           -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:2:21: error[E305]: indicator 完成率: cannot divide 5 by 计划, which is 0
        func 比例(a, b) = a / b
                          ^^^^^
1 error
--- status
1
