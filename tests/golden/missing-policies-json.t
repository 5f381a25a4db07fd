# The JSON of rows scored by `missing`: "mark" names the word, "applicable"
# is false for the rows left out, "rescaled" is true.
--- args
eval --format json t.rubric d.json
--- file t.rubric
rubric "养老服务" {
    round 2
    missing zero  # 未填报的指标计0分
    group 满意度指标 weight 30 {
        missing rescale  # 满意度未调查的，按其余指标折算
        indicator 服务对象满意度 weight 20 { target >= 90%; score proportional }
        indicator 家属满意度 weight 10 { target >= 90%; score proportional }
    }
    group 产出 weight 70 {
        indicator 服务人次 weight 40 { target >= 5000; score proportional }
        group 质量 weight 30 {
            missing exclude
            indicator 投诉处理率 weight 30 { target >= 95%; score proportional }
        }
    }
}
--- file d.json
{"服务对象满意度": "待核实", "家属满意度": "95%", "服务人次": "暂无", "投诉处理率": "未填报"}
--- stdout
{
  "title": "养老服务",
  "total": 12.5,
  "max": 100,
  "grade": "差",
  "sum": 10,
  "applicable": 50,
  "rescaled": true,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "服务对象满意度", "path": ["满意度指标"], "weight": 20, "unit": null, "note": null, "target": "≥90%", "actual": "待核实", "applicable": false, "mark": "待核实", "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "家属满意度", "path": ["满意度指标"], "weight": 10, "unit": null, "note": null, "target": "≥90%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "服务人次", "path": ["产出"], "weight": 40, "unit": null, "note": null, "target": "≥5000", "actual": "暂无", "applicable": true, "mark": "暂无", "pending": false, "raw": 0, "rule_score": 0, "score": 0, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "投诉处理率", "path": ["产出", "质量"], "weight": 30, "unit": null, "note": null, "target": "≥95%", "actual": "未填报", "applicable": false, "mark": "未填报", "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "满意度指标", "path": ["满意度指标"], "weight": 30, "score": 10, "incomplete": false, "rescaled": false, "sum": 10},
    {"name": "产出", "path": ["产出"], "weight": 70, "score": 0, "incomplete": false, "rescaled": false, "sum": 0},
    {"name": "质量", "path": ["产出", "质量"], "weight": 30, "score": 0, "incomplete": false, "rescaled": false, "sum": 0}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
