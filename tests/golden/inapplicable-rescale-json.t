# the same in JSON: applicable false, null scores, sum, applicable and rescaled
--- args
eval t.rubric d.json --format json
--- file t.rubric
rubric "不适用与折算" {
    total 100
    round 2
    inapplicable rescale          # Σ得分 / Σ适用分值 × 100
    group 产出 weight 60 {
        indicator 数量 weight 30 { target >= 100; score proportional }
        indicator 质量 weight 30 { target >= 90%; score proportional }
    }
    group 效益 weight 40 {
        indicator 经济效益 weight 20 { target >= 10; score proportional }
        indicator 社会效益 weight 20 { score judged }
    }
}
--- file d.json
{"数量": 80, "质量": "90%", "经济效益": "/", "社会效益": {"actual": "不适用"}}
--- stdout
{
  "title": "不适用与折算",
  "total": 90,
  "max": 100,
  "grade": "优",
  "sum": 54,
  "applicable": 60,
  "rescaled": true,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "数量", "path": ["产出"], "weight": 30, "unit": null, "note": null, "target": "≥100", "actual": "80", "applicable": true, "mark": null, "pending": false, "raw": 24, "rule_score": 24, "score": 24, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "质量", "path": ["产出"], "weight": 30, "unit": null, "note": null, "target": "≥90%", "actual": "90%", "applicable": true, "mark": null, "pending": false, "raw": 30, "rule_score": 30, "score": 30, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "经济效益", "path": ["效益"], "weight": 20, "unit": null, "note": null, "target": "≥10", "actual": null, "applicable": false, "mark": null, "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "社会效益", "path": ["效益"], "weight": 20, "unit": null, "note": null, "target": null, "actual": null, "applicable": false, "mark": null, "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "产出", "path": ["产出"], "weight": 60, "score": 54, "incomplete": false, "rescaled": false, "sum": 54},
    {"name": "效益", "path": ["效益"], "weight": 40, "score": 0, "incomplete": false, "rescaled": false, "sum": 0}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
