# A report's score with no exact decimal (10/3) is a decimal rounded to 10
# places, as in JSON and the CSV of many units, not a fraction.
--- args
eval t.rubric d.json -f md
--- file t.rubric
rubric "分数" {
    indicator 甲 weight 10 { target >= 3; score proportional }
    indicator 乙 weight 10 { target >= 4; score proportional }
}
--- file d.json
{"甲": 1, "乙": 3}
--- stdout
# 分数

| indicator | weight | target | actual | score | scoring standard | remark |
|---|---|---|---|---|---|---|
| 甲 | 10 | ≥3 | 1 | 3.3333333333 |  |  |
| 乙 | 10 | ≥4 | 3 | 7.5 |  |  |
| **total** | 20 |  |  | **10.8333333333** | grade: 差 |  |

--- status
0
