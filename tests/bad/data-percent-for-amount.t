# A percent given for an amount (an input or indicator with a unit that is not
# a percent: 万元, 人次) is a rate copied into the wrong column: refused, never
# read as 0.95万元.  An input of no unit, or one in 百分点, still takes it.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金" {
    input 预算资金: number unit "万元"
    input 到位资金: number unit "万元"
    input 增幅: number unit "百分点"
    input 系数: number
    indicator 资金到位率 weight 10 { actual 到位资金 / 预算资金; target >= 100%; score proportional }
    indicator 服务人次 weight 10 { unit "人次"; target >= 2000; score proportional }
    indicator 增长 weight 10 { actual 增幅 * 系数; target >= 5%; score proportional }
}
--- file d.json
{"预算资金": 800, "到位资金": "95%", "服务人次": "90%", "增幅": "5%", "系数": "100%"}
--- stderr
d.json:1:15: error[E302]: input 到位资金: "95%" is a percent, but its unit is "万元"
    {"预算资金": 800, "到位资金": "95%", "服务人次": "90%", "增幅": "5%", "系数": "100%"}
                      ^^^^^^^^^^
help: write the value in 万元
d.json:1:30: error[E302]: indicator 服务人次: "90%" is a percent, but its unit is "人次"
    {"预算资金": 800, "到位资金": "95%", "服务人次": "90%", "增幅": "5%", "系数": "100%"}
                                         ^^^^^^^^^^
help: write the value in 人次
2 errors
--- status
1
