# The data may publish the table's group subtotals ("$published": {"groups":
# ...}); --verify reports each that is not the group's score (JSON kind
# "group").
--- args
eval --verify -f json t.rubric d.json
--- file t.rubric
rubric "分组小计" {
    round 2
    group 产出 {
        indicator 甲 weight 40 { target >= 100; score proportional }
        indicator 乙 weight 30 { target >= 100; score proportional }
    }
    group 效益 {
        indicator 丙 weight 30 { target >= 100; score proportional }
    }
}
--- file d.json
{"甲": 100, "乙": 90, "丙": 100, "$published": {"total": 97, "groups": {"产出": 68, "效益": 30}}}
--- stdout
{
  "title": "分组小计",
  "total": 97,
  "max": 100,
  "grade": "优",
  "sum": 97,
  "applicable": 100,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "甲", "path": ["产出"], "weight": 40, "unit": null, "note": null, "target": "≥100", "actual": "100", "applicable": true, "mark": null, "pending": false, "raw": 40, "rule_score": 40, "score": 40, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "乙", "path": ["产出"], "weight": 30, "unit": null, "note": null, "target": "≥100", "actual": "90", "applicable": true, "mark": null, "pending": false, "raw": 27, "rule_score": 27, "score": 27, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "丙", "path": ["效益"], "weight": 30, "unit": null, "note": null, "target": "≥100", "actual": "100", "applicable": true, "mark": null, "pending": false, "raw": 30, "rule_score": 30, "score": 30, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "产出", "path": ["产出"], "weight": 70, "score": 67, "incomplete": false, "rescaled": false, "sum": 67},
    {"name": "效益", "path": ["效益"], "weight": 30, "score": 30, "incomplete": false, "rescaled": false, "sum": 30}
  ],
  "published": {"total": 97, "grade": null, "max": null},
  "verify": {"rows": 0, "published_rows_sum": 0, "findings": [
      {"kind": "group", "name": "产出", "path": [], "published": 68, "score": 67}
    ], "judged": [], "overridden": []}
}
--- status
1
