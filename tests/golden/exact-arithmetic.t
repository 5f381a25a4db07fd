# 0.1 + 0.2 = 0.3, 19/20 meets >= 95%, 1/3 kept exact, the builtins
--- args
eval t.rubric d.json --format json
--- file t.rubric
# exact arithmetic: no binary floating point anywhere
rubric "exact" {
    input 完成数: number
    input 计划数: number
    group g {
        indicator 加法 weight 1 { score if 0.1 + 0.2 = 0.3 then weight else 0 }
        indicator 完成率 weight 2 {
            actual 完成数 / 计划数           # 19/20 = 95% exactly
            target >= 95%
            score met
        }
        indicator 三分之一 weight 3 { score 1 / 3 * weight }
        indicator 取整 weight 4 {
            score min(4, max(0, clamp(round(2.345, 2), 0, 3) + floor(1.5) + ceil(0.1) - abs(-0.35)))
        }
    }
}
--- file d.json
{"完成数": 19, "计划数": 20}
--- stdout
{
  "title": "exact",
  "total": 8,
  "max": 10,
  "grade": "良",
  "sum": 8,
  "applicable": 10,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "加法", "path": ["g"], "weight": 1, "unit": null, "note": null, "target": null, "actual": null, "applicable": true, "mark": null, "pending": false, "raw": 1, "rule_score": 1, "score": 1, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "完成率", "path": ["g"], "weight": 2, "unit": null, "note": null, "target": "≥95%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 2, "rule_score": 2, "score": 2, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "三分之一", "path": ["g"], "weight": 3, "unit": null, "note": null, "target": null, "actual": null, "applicable": true, "mark": null, "pending": false, "raw": 1, "rule_score": 1, "score": 1, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "取整", "path": ["g"], "weight": 4, "unit": null, "note": null, "target": null, "actual": null, "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "g", "path": ["g"], "weight": 10, "score": 8, "incomplete": false, "rescaled": false, "sum": 8}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
