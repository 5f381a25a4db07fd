# JSON: a target the data gives is its value for the unit, without the unit
# (which is "unit").
--- args
eval t.rubric d.json -f json
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
{
  "title": "环境整治",
  "total": 92.4807692308,
  "max": 100,
  "grade": "优",
  "sum": 92.4807692308,
  "applicable": 100,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "整治点位", "path": [], "weight": 50, "unit": "个", "note": null, "target": "≥40", "actual": "36", "applicable": true, "mark": null, "pending": false, "raw": 45, "rule_score": 45, "score": 45, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "资金支出", "path": [], "weight": 50, "unit": "万元", "note": null, "target": "≤1234.5", "actual": "1300", "applicable": true, "mark": null, "pending": false, "raw": 47.4807692308, "rule_score": 47.4807692308, "score": 47.4807692308, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
--- status
0
