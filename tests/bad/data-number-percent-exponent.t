# an exponent in a percent string
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
{"资金到位率": "1e400%"}
--- stderr
d.json:1:2: error[E302]: indicator 资金到位率: "1e400%" is not a number
    {"资金到位率": "1e400%"}
     ^^^^^^^^^^^^
1 error
--- status
1
