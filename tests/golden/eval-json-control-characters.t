# JSON carries text with control characters exactly, escaped only as JSON
# requires ("\u001b", "\u0007", "\u000d"): the text table's escaping does not
# reach it
--- args
eval --verify --format json t.rubric d.json
--- file-bytes t.rubric
rubric "标题\0033[2J" {
    group 产出 {
        indicator `响铃\0007` weight 10 { target "有效\0033[8m保护"; score judged }
        indicator 完成率 weight 10 { target >= 100%; score proportional }
    }
}
--- file d.json
{"响铃\u0007": {"actual": "好\u001b]0;标题\u0007", "score": 8, "reason": "a\rb"},
 "完成率": {"actual": "95%", "score": 9, "reason": "第一行\n第二行\t\\ \"引号\"", "published": 8},
 "$published": {"grade": "优\u001b[5m"}}
--- stdout
{
  "title": "标题\u001b[2J",
  "total": 17,
  "max": 20,
  "grade": "良",
  "sum": 17,
  "applicable": 20,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "响铃\u0007", "path": ["产出"], "weight": 10, "unit": null, "note": null, "target": "有效\u001b[8m保护", "actual": "好\u001b]0;标题\u0007", "applicable": true, "mark": null, "pending": false, "raw": 8, "rule_score": 8, "score": 8, "overridden": false, "judged": true, "reason": "a\u000db", "published": null},
    {"name": "完成率", "path": ["产出"], "weight": 10, "unit": null, "note": null, "target": "≥100%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 9.5, "rule_score": 9.5, "score": 9, "overridden": true, "judged": false, "reason": "第一行\n第二行\t\\ \"引号\"", "published": 8}
  ],
  "groups": [
    {"name": "产出", "path": ["产出"], "weight": 20, "score": 17, "incomplete": false, "rescaled": false, "sum": 17}
  ],
  "published": {"total": null, "grade": "优\u001b[5m", "max": null},
  "verify": {"rows": 1, "published_rows_sum": 8, "findings": [
      {"kind": "row", "name": "完成率", "path": ["产出"], "published": 8, "score": 9},
      {"kind": "grade", "published": "优\u001b[5m", "grade": "良"}
    ], "judged": ["响铃\u0007"], "overridden": ["完成率"]}
}
--- status
1
