# The JSON output carries each indicator's unit and note (null without one).
--- args
eval t.rubric d.json -f json
--- file t.rubric
rubric "2020年度项目支出绩效自评表：成本性支出" {
    total 30
    group 成本指标 {
        indicator 新增检测设备 weight 10 {
            unit "万元"
            note "实际支出不超过预算得满分，每超支1万元扣1分"
            target <= 39
            score deduct 1 per 1 above 39
        }
        indicator 检定器具台数 weight 10 {
            unit "台"
            target between 30000 and 40000
            score if 检定器具台数 >= 30000 then 10 else 0
        }
        indicator 检定合格率 weight 5 { unit "%"; target >= 95%; score proportional }
        indicator 覆盖率 weight 5 { unit "台"; target >= 95%; score proportional }
    }
}
--- file d.json
{"新增检测设备": 41.5, "检定器具台数": 34941, "检定合格率": "96%", "覆盖率": "90%"}
--- stdout
{
  "title": "2020年度项目支出绩效自评表：成本性支出",
  "total": 27.7368421053,
  "max": 30,
  "grade": "优",
  "sum": 27.7368421053,
  "applicable": 30,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "新增检测设备", "path": ["成本指标"], "weight": 10, "unit": "万元", "note": "实际支出不超过预算得满分，每超支1万元扣1分", "target": "≤39", "actual": "41.5", "applicable": true, "mark": null, "pending": false, "raw": 8, "rule_score": 8, "score": 8, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "检定器具台数", "path": ["成本指标"], "weight": 10, "unit": "台", "note": null, "target": "30000~40000", "actual": "34941", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "检定合格率", "path": ["成本指标"], "weight": 5, "unit": "%", "note": null, "target": "≥95%", "actual": "96%", "applicable": true, "mark": null, "pending": false, "raw": 5, "rule_score": 5, "score": 5, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "覆盖率", "path": ["成本指标"], "weight": 5, "unit": "台", "note": null, "target": "≥95%", "actual": "90%", "applicable": true, "mark": null, "pending": false, "raw": 4.7368421053, "rule_score": 4.7368421053, "score": 4.7368421053, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "成本指标", "path": ["成本指标"], "weight": 30, "score": 27.7368421053, "incomplete": false, "rescaled": false, "sum": 27.7368421053}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
