# inapplicable share: each group's sum of its rows and whether it was
# rescaled, in the JSON output
--- args
eval t.rubric d.json --format json
--- file t.rubric
rubric "share" {
    round 2
    group 产出 weight 60 {
        inapplicable share
        indicator a weight 20 { target >= 100; score proportional }
        indicator b weight 20 { target >= 100; score proportional }
        indicator c weight 20 { target >= 100; score proportional }
    }
    group 效益 weight 40 {
        indicator d weight 20 { target >= 100; score proportional }
        indicator e weight 20 { target >= 100; score proportional }
    }
}
--- file d.json
{"a": 100, "b": 50, "c": "/", "d": 100, "e": "/"}
--- stdout
{
  "title": "share",
  "total": 65,
  "max": 100,
  "grade": "中",
  "sum": 65,
  "applicable": 60,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "a", "path": ["产出"], "weight": 20, "unit": null, "note": null, "target": "≥100", "actual": "100", "applicable": true, "mark": null, "pending": false, "raw": 20, "rule_score": 20, "score": 20, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "b", "path": ["产出"], "weight": 20, "unit": null, "note": null, "target": "≥100", "actual": "50", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "c", "path": ["产出"], "weight": 20, "unit": null, "note": null, "target": "≥100", "actual": null, "applicable": false, "mark": null, "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "d", "path": ["效益"], "weight": 20, "unit": null, "note": null, "target": "≥100", "actual": "100", "applicable": true, "mark": null, "pending": false, "raw": 20, "rule_score": 20, "score": 20, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "e", "path": ["效益"], "weight": 20, "unit": null, "note": null, "target": "≥100", "actual": null, "applicable": false, "mark": null, "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "产出", "path": ["产出"], "weight": 60, "score": 45, "incomplete": false, "rescaled": true, "sum": 30},
    {"name": "效益", "path": ["效益"], "weight": 40, "score": 20, "incomplete": false, "rescaled": false, "sum": 20}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
