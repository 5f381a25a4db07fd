# CSV to NDJSON: one JSON object per unit and line, with its row and identity
--- args
eval -f ndjson t.rubric units.csv
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
--- file units.csv
项目编号,项目名称,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分,社会效益.偏差原因
P01,社区养老,200,190,财务制度、项目制度,95%,显著,4,
P02,"老年食堂, 二期",100,100,财务制度,≥85%,一般,3,宣传不足
--- stdout
{"row": 2, "id": {"项目编号": "P01", "项目名称": "社区养老"}, "errors": 0, "title": "批量", "total": 29.5, "max": 30, "grade": "优", "sum": 29.5, "applicable": 30, "rescaled": false, "incomplete": false, "budget": null, "indicators": [{"name": "资金到位率", "path": ["投入"], "weight": 10, "unit": null, "note": null, "target": "≥100%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 9.5, "rule_score": 9.5, "score": 9.5, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "制度健全性", "path": ["投入"], "weight": 6, "unit": null, "note": null, "target": null, "actual": "2/2", "applicable": true, "mark": null, "pending": false, "raw": 6, "rule_score": 6, "score": 6, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "满意度", "path": ["效果"], "weight": 10, "unit": null, "note": null, "target": "≥90%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "社会效益", "path": ["效果"], "weight": 4, "unit": null, "note": null, "target": null, "actual": "显著", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": true, "reason": null, "published": null}], "groups": [{"name": "投入", "path": ["投入"], "weight": 16, "score": 15.5, "incomplete": false, "rescaled": false, "sum": 15.5}, {"name": "效果", "path": ["效果"], "weight": 14, "score": 14, "incomplete": false, "rescaled": false, "sum": 14}], "published": {"total": null, "grade": null, "max": null}, "verify": null}
{"row": 3, "id": {"项目编号": "P02", "项目名称": "老年食堂, 二期"}, "errors": 0, "title": "批量", "total": 25.44, "max": 30, "grade": "良", "sum": 25.44, "applicable": 30, "rescaled": false, "incomplete": false, "budget": null, "indicators": [{"name": "资金到位率", "path": ["投入"], "weight": 10, "unit": null, "note": null, "target": "≥100%", "actual": "100%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "制度健全性", "path": ["投入"], "weight": 6, "unit": null, "note": null, "target": null, "actual": "1/2", "applicable": true, "mark": null, "pending": false, "raw": 3, "rule_score": 3, "score": 3, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "满意度", "path": ["效果"], "weight": 10, "unit": null, "note": null, "target": "≥90%", "actual": "85%", "applicable": true, "mark": null, "pending": false, "raw": 9.4444444444, "rule_score": 9.44, "score": 9.44, "overridden": false, "judged": false, "reason": null, "published": null}, {"name": "社会效益", "path": ["效果"], "weight": 4, "unit": null, "note": null, "target": null, "actual": "一般", "applicable": true, "mark": null, "pending": false, "raw": 3, "rule_score": 3, "score": 3, "overridden": false, "judged": true, "reason": "宣传不足", "published": null}], "groups": [{"name": "投入", "path": ["投入"], "weight": 16, "score": 13, "incomplete": false, "rescaled": false, "sum": 13}, {"name": "效果", "path": ["效果"], "weight": 14, "score": 12.44, "incomplete": false, "rescaled": false, "sum": 12.44}], "published": {"total": null, "grade": null, "max": null}, "verify": null}
