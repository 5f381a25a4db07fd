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
--- stderr
t.rubric:5:15: error[E305]: indicator 完成数: cannot divide -1 by 目标数, which is 0
            score proportional
                  ^^^^^^^^^^^^
1 error
--- status
1
