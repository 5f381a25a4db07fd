# the budget row in JSON: initial, planned, spent, rate
--- args
eval t.rubric d.json --format json
--- file t.rubric
rubric "预算执行" {
    total 30
    input 全年预算数: number unit "万元"
    budget 资金总额 weight 10                          # min(执行率, 100%) × 10
    group 变体 {
        indicator 按比例 weight 10 {                   # 20 × 执行率 tables: the same with weight 20
            actual 全年执行数 / 全年预算数
            score weight * min(actual, 100%)
            round 0 down                               # some units floor: 99.10% → 9
        }
        indicator 执行情况 weight 10 { actual 全年执行数; target <= 全年预算数; score proportional }
    }
}
--- file d.json
{"年初预算数": 120, "全年预算数": 100, "全年执行数": 99.1, "资金总额": {"published": 9.91}}
--- stdout
{
  "title": "预算执行",
  "total": 28.91,
  "max": 30,
  "grade": "优",
  "sum": 28.91,
  "applicable": 30,
  "rescaled": false,
  "incomplete": false,
  "budget": {"name": "资金总额", "initial": 120, "planned": 100, "spent": 99.1, "rate": 0.991, "weight": 10, "score": 9.91},
  "indicators": [
    {"name": "资金总额", "path": [], "weight": 10, "unit": null, "note": null, "target": null, "actual": "99.1%", "applicable": true, "mark": null, "pending": false, "raw": 9.91, "rule_score": 9.91, "score": 9.91, "overridden": false, "judged": false, "reason": null, "published": 9.91},
    {"name": "按比例", "path": ["变体"], "weight": 10, "unit": null, "note": null, "target": null, "actual": "0.991", "applicable": true, "mark": null, "pending": false, "raw": 9.91, "rule_score": 9, "score": 9, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "执行情况", "path": ["变体"], "weight": 10, "unit": null, "note": null, "target": "≤100", "actual": "99.1", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "变体", "path": ["变体"], "weight": 20, "score": 19, "incomplete": false, "rescaled": false, "sum": 19}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
