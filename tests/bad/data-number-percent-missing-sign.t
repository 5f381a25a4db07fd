# a fraction without the percent sign, for a percent input
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
{"资金到位率": 0.98}
--- stderr
d.json:1:2: error[E302]: indicator 资金到位率 is a percent: write it with a percent sign
    {"资金到位率": 0.98}
     ^^^^^^^^^^^^
help: "98%" if 0.98 is a fraction, or "0.98%"; a bare number would be ambiguous
1 error
--- status
1
