# "98%以上" (98% or more), as tables write it: no hint
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score proportional
    }
}
--- file d.json
{"资金到位率": "98%以上"}
--- stderr
d.json:1:2: error[E302]: indicator 资金到位率: "98%以上" is not a number
    {"资金到位率": "98%以上"}
     ^^^^^^^^^^^^
1 error
--- status
1
