# 'proportional' with a target '>= 目标数', 目标数 given 0 and a negative actual:
# the standard library divides -1 by 0, reported after the end of the template
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    input 目标数: number
    indicator 完成数 weight 10 {
        target >= 目标数
        score proportional
    }
}
--- file d.json
{"完成数": -1, "目标数": 0}
--- stdout
资金管理

indicator  target  actual  weight           score  remark
完成数     ≥0      -1          10          待核实  pending: the rule cannot score this value
-------------------------------------------------
total                          10  0 (incomplete)
grade                                           -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:5:15: error[E305]: indicator 完成数: cannot divide -1 by 目标数, which is 0
            score proportional
                  ^^^^^^^^^^^^
1 error
--- status
1
