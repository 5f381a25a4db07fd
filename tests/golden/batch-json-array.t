# a JSON array of units, read element by element
--- args
eval -f ndjson t.rubric units.json
--- file t.rubric
rubric "批量" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 10 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 6 { score checklist { 财务制度: 3; 项目制度: 3 } }
    }
    group 效果 {
        indicator 满意度 weight 10 { target >= 90%; score proportional }
        indicator 社会效益 weight 4 { score judged }
    }
}
--- file units.json
[
  {"预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%",
   "社会效益": {"actual": "显著", "score": 4}},
  {"预算资金": 100, "实际到位资金": 100, "制度健全性": [], "满意度": "95", "社会效益": {"score": 3}}
]
--- stdout
{"unit": 1, "line": 2, "errors": 0, "title": "批量", "total": 26.5, "max": 30, "grade": "良", "sum": 26.5, "applicable": 30, "rescaled": false, "incomplete": false, "budget": null, "indicators": [{"name": "资金到位率", "path": ["投入"], "weight": 10, "unit": null, "note": null, "target": "≥100%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 9.5, "rule_score": 9.5, "score": 9.5, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "制度健全性", "path": ["投入"], "weight": 6, "unit": null, "note": null, "target": null, "actual": "1/2", "applicable": true, "mark": null, "pending": false, "raw": 3, "rule_score": 3, "score": 3, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "满意度", "path": ["效果"], "weight": 10, "unit": null, "note": null, "target": "≥90%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "社会效益", "path": ["效果"], "weight": 4, "unit": null, "note": null, "target": null, "actual": "显著", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": true, "reason": null, "published": null}], "groups": [{"name": "投入", "path": ["投入"], "weight": 16, "score": 12.5, "incomplete": false, "rescaled": false, "sum": 12.5}, {"name": "效果", "path": ["效果"], "weight": 14, "score": 14, "incomplete": false, "rescaled": false, "sum": 14}], "published": {"total": null, "grade": null, "max": null}, "verify": null}
{"unit": 2, "line": 4, "errors": 1}
--- stderr
units.json:4:45: error[E302]: indicator 满意度 is a percent: write it with a percent sign
  help: "9500%" if 95 is a fraction, or "95%"; a bare number would be ambiguous
rubric: units.json: 1 of 2 units failed
--- status
1
