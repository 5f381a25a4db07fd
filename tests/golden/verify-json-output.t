# --verify -o writes the report with its findings and says so on stderr; exit 1
--- args
eval t.rubric d.json --verify --format json -o out.json
--- file t.rubric
rubric "audit" {
    group g {
        indicator 甲 weight 10 { target >= 100; score proportional }
        indicator 乙 weight 10 { target >= 100; score proportional }
        indicator 丙 weight 10 { score judged }
    }
}
--- file d.json
{"甲": {"actual": 90, "published": 10}, "乙": {"actual": 100, "published": 10}, "丙": {"actual": "良", "score": 8, "published": 8},
 "$published": {"total": 28, "grade": "优"}}
--- file-out out.json
{
  "title": "audit",
  "total": 27,
  "max": 30,
  "grade": "优",
  "sum": 27,
  "applicable": 30,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "甲", "path": ["g"], "weight": 10, "unit": null, "note": null, "target": "≥100", "actual": "90", "applicable": true, "mark": null, "pending": false, "raw": 9, "rule_score": 9, "score": 9, "overridden": false, "judged": false, "reason": null, "published": 10},
    {"name": "乙", "path": ["g"], "weight": 10, "unit": null, "note": null, "target": "≥100", "actual": "100", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": 10},
    {"name": "丙", "path": ["g"], "weight": 10, "unit": null, "note": null, "target": null, "actual": "良", "applicable": true, "mark": null, "pending": false, "raw": 8, "rule_score": 8, "score": 8, "overridden": false, "judged": true, "reason": null, "published": 8}
  ],
  "groups": [
    {"name": "g", "path": ["g"], "weight": 30, "score": 27, "incomplete": false, "rescaled": false, "sum": 27}
  ],
  "published": {"total": 28, "grade": "优", "max": null},
  "verify": {"rows": 3, "published_rows_sum": 28, "findings": [
      {"kind": "row", "name": "甲", "path": ["g"], "published": 10, "score": 9},
      {"kind": "total", "published": 28, "score": 27}
    ], "judged": ["丙"], "overridden": []}
}
--- stderr
rubric: d.json: 2 findings, see out.json
--- status
1
