# a number with its unit, grouped or in full-width digits ("1,234万元",
# "１２０万元"): read as the CSV cell rule and the unit say
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金" {
    input 预算资金: number unit "元"
    input 到位资金: number unit "万元"
    indicator 资金到位率 weight 10 { actual 到位资金 * 10000 / 预算资金; target >= 100%; score proportional }
}
--- file d.json
{"预算资金": "1,234,000元", "到位资金": "１２０万元"}
--- stdout
资金

indicator   target  actual     weight    score
资金到位率  ≥100%   ≈97.2447%      10  ≈9.7245
----------------------------------------------
total                              10  ≈9.7245
grade                                       优
