# The stated figures and the published full score as findings of the JSON
# output: kinds max, stated_total and stated_weight.
--- args
eval --verify -f json t.rubric d.json
--- file t.rubric
rubric "转录的自评表" {
    total 100 stated
    group 产出 weight 60 公布 {
        indicator 甲 weight 40 { target >= 100; score proportional }
        indicator 乙 weight 30 { target >= 100; score proportional }
    }
    group 效益 weight 40 stated {
        indicator 丙 weight 40 { target >= 100; score proportional }
    }
}
--- file d.json
{"甲": 100, "乙": 90, "丙": 100, "$published": {"total": 107, "max": 100}}
--- stdout
{
  "title": "转录的自评表",
  "total": 107,
  "max": 110,
  "grade": "优",
  "sum": 107,
  "applicable": 110,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "甲", "path": ["产出"], "weight": 40, "unit": null, "note": null, "target": "≥100", "actual": "100", "applicable": true, "mark": null, "pending": false, "raw": 40, "rule_score": 40, "score": 40, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "乙", "path": ["产出"], "weight": 30, "unit": null, "note": null, "target": "≥100", "actual": "90", "applicable": true, "mark": null, "pending": false, "raw": 27, "rule_score": 27, "score": 27, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "丙", "path": ["效益"], "weight": 40, "unit": null, "note": null, "target": "≥100", "actual": "100", "applicable": true, "mark": null, "pending": false, "raw": 40, "rule_score": 40, "score": 40, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "产出", "path": ["产出"], "weight": 70, "score": 67, "incomplete": false, "rescaled": false, "sum": 67},
    {"name": "效益", "path": ["效益"], "weight": 40, "score": 40, "incomplete": false, "rescaled": false, "sum": 40}
  ],
  "published": {"total": 107, "grade": null, "max": 100},
  "verify": {"rows": 0, "published_rows_sum": 0, "findings": [
      {"kind": "max", "published": 100, "weight": 110},
      {"kind": "stated_total", "stated": 100, "weight": 110},
      {"kind": "stated_weight", "name": "产出", "path": [], "stated": 60, "weight": 70}
    ], "judged": [], "overridden": []}
}
--- status
1
