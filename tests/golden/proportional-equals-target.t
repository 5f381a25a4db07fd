# The '=' a table prints before a proportional row's target (=100%, ═39) is
# a target to reach, read as the template's target default around it: >= for
# the outputs, <= in the costs' group.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "t" {
    round 2
    target default >=
    indicator 资金到位率 weight 10 { target = 100%; score proportional }
    group 成本 {
        target default <=
        indicator 设备支出 weight 10 { target ═ 39; score proportional }
    }
}
--- file d.json
{"资金到位率": "90%", "设备支出": 41}
--- stdout
t

indicator   target  actual  weight  score
资金到位率  =100%   90%         10      9
成本                            10   9.51
  设备支出  =39     41          10   9.51
-----------------------------------------
total                           20  18.51
grade                                  优
