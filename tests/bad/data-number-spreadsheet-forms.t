# number strings as a spreadsheet or a Chinese input method writes them:
# thousands grouped ("1,234.5"), full-width digits ("９５０", "１，２００") and
# a full-width percent ("９２％"): each read as the number, as a CSV cell is
--- args
eval t.rubric d.json
--- file t.rubric
rubric "资金" {
    input 预算资金: number
    input 到位资金: number
    indicator 资金到位率 weight 10 { actual 到位资金 / 预算资金; target >= 100%; score proportional }
    indicator 人次 weight 10 { target >= 1000; score proportional }
    indicator 满意度 weight 10 { target >= 90%; score proportional }
}
--- file d.json
{"预算资金": "1,234.5", "到位资金": "９５０", "人次": "１，２００", "满意度": "９２％"}
--- stdout
资金

indicator   target  actual     weight     score
资金到位率  ≥100%   ≈76.9542%      10   ≈7.6954
人次        ≥1000   1200           10        10
满意度      ≥90%    92%            10        10
-----------------------------------------------
total                              30  ≈27.6954
grade                                        优
