# a space before the percent sign, "95 %": the help says what to write
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
{"资金到位率": "98 %"}
--- stderr
d.json:1:2: error[E302]: indicator 资金到位率: "98 %" is not a number
    {"资金到位率": "98 %"}
     ^^^^^^^^^^^^
help: write "98%", without the space before the percent sign
1 error
--- status
1
