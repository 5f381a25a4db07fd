# Markdown report: a target the data gives is its value for the unit, with the
# indicator's unit after it, as the actual has.
--- args
eval t.rubric d.json -f md
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
# 环境整治

| indicator | weight | target | actual | score | scoring standard | remark |
|---|---|---|---|---|---|---|
| 整治点位 | 50 | ≥40个 | 36个 | 45 |  |  |
| 资金支出 | 50 | ≤1234.5万元 | 1300万元 | 47.4807692308 |  |  |
| **total** | 100 |  |  | **92.4807692308** | grade: 优 |  |

--- status
0
