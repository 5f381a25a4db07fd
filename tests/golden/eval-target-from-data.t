# A target the data gives (each unit's own 年度指标值, as a 自评表 has it) is
# shown as its value for the unit, with the indicator's unit, not as the name of
# the input it reads: text, and Markdown (the reports).
--- args
eval t.rubric d.json
--- file t.rubric
rubric "环境整治" {
    input 年度目标: number
    input 预算资金: number unit "万元"
    indicator 整治点位 weight 50 { unit "个"; target >= 年度目标; score proportional }
    indicator 资金支出 weight 50 { unit "万元"; target <= 预算资金; score proportional }
}
--- file d.json
{"年度目标": 40, "预算资金": 1234.5, "整治点位": 36, "资金支出": "1300万元"}
--- stdout
环境整治

indicator  target       actual    weight     score
整治点位   ≥40个        36个          50        45
资金支出   ≤1234.5万元  1300万元      50  ≈47.4808
--------------------------------------------------
total                                100  ≈92.4808
grade                                           优
--- status
0
