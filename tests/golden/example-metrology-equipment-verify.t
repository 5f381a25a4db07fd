# seed 000 设备购置及维护: rows 92.8, published 98.2 (digits swapped); the same findings in JSON
--- args
eval $ROOT/examples/metrology-2020-equipment.rubric $ROOT/examples/metrology-2020-equipment.json --verify --format json
--- stdout
{
  "title": "2020年度项目支出绩效自评表：设备购置及维护",
  "total": 92.8,
  "max": 100,
  "grade": "优",
  "sum": 92.8,
  "applicable": 100,
  "rescaled": false,
  "incomplete": false,
  "budget": {"name": "年度资金总额", "initial": null, "planned": 40, "spent": 40, "rate": 1, "weight": 10, "score": 10},
  "indicators": [
    {"name": "年度资金总额", "path": [], "weight": 10, "unit": null, "note": null, "target": null, "actual": "100%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": 10},
    {"name": "检定计量器具台（件）数", "path": ["产出指标", "数量指标"], "weight": 10, "unit": null, "note": null, "target": "≥30000", "actual": "34941", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": 10},
    {"name": "维护仪器设备个数", "path": ["产出指标", "数量指标"], "weight": 10, "unit": null, "note": null, "target": "≥20", "actual": "25", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": 10},
    {"name": "检定、校准涉及单位及个体数量", "path": ["产出指标", "数量指标"], "weight": 10, "unit": null, "note": null, "target": "≥1000", "actual": "1500", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": 10},
    {"name": "检定覆盖率（%）", "path": ["产出指标", "质量指标"], "weight": 10, "unit": null, "note": null, "target": "≥95%", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 9, "overridden": true, "judged": false, "reason": null, "published": 9},
    {"name": "设备维护及时率", "path": ["产出指标", "时效指标"], "weight": 5, "unit": null, "note": null, "target": "及时", "actual": "基本及时", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": true, "reason": "因疫情原因设备厂家未能到现场进行维护", "published": 4},
    {"name": "新增检测设备2套(万元)", "path": ["产出指标", "成本指标"], "weight": 5, "unit": null, "note": null, "target": "≤30", "actual": "30", "applicable": true, "mark": null, "pending": false, "raw": 5, "rule_score": 5, "score": 5, "overridden": false, "judged": false, "reason": null, "published": 5},
    {"name": "仪器设备维护保养费(万元)", "path": ["产出指标", "成本指标"], "weight": 10, "unit": null, "note": null, "target": "≤10", "actual": "8", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 4.8, "overridden": true, "judged": false, "reason": "因疫情原因设备厂家未能到现场进行维护", "published": 4.8},
    {"name": "经济效益指标", "path": ["效益指标"], "weight": 0, "unit": null, "note": null, "target": null, "actual": null, "applicable": false, "mark": null, "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "计量仪器仪表的检定、校准，为安全生产打下牢固基础", "path": ["效益指标", "社会效益指标"], "weight": 5, "unit": null, "note": null, "target": "≥95%", "actual": "96%", "applicable": true, "mark": null, "pending": false, "raw": 5, "rule_score": 5, "score": 5, "overridden": false, "judged": false, "reason": null, "published": 5},
    {"name": "保护广大消费者和百姓的合法权益", "path": ["效益指标", "社会效益指标"], "weight": 5, "unit": null, "note": null, "target": "有效保护", "actual": "90%", "applicable": true, "mark": null, "pending": false, "raw": 5, "rule_score": 5, "score": 5, "overridden": false, "judged": true, "reason": null, "published": 5},
    {"name": "生态效益指标", "path": ["效益指标"], "weight": 0, "unit": null, "note": null, "target": null, "actual": null, "applicable": false, "mark": null, "pending": false, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "检测装置配备率", "path": ["效益指标", "可持续影响指标"], "weight": 10, "unit": null, "note": null, "target": "逐年增加", "actual": "95%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": true, "reason": null, "published": 10},
    {"name": "服务群体满意度（%）", "path": ["满意度指标", "服务对象满意度指标"], "weight": 10, "unit": null, "note": null, "target": "≥95%", "actual": "98%", "applicable": true, "mark": null, "pending": false, "raw": 10, "rule_score": 10, "score": 10, "overridden": false, "judged": false, "reason": null, "published": 10}
  ],
  "groups": [
    {"name": "产出指标", "path": ["产出指标"], "weight": 60, "score": 52.8, "incomplete": false, "rescaled": false, "sum": 52.8},
    {"name": "数量指标", "path": ["产出指标", "数量指标"], "weight": 30, "score": 30, "incomplete": false, "rescaled": false, "sum": 30},
    {"name": "质量指标", "path": ["产出指标", "质量指标"], "weight": 10, "score": 9, "incomplete": false, "rescaled": false, "sum": 9},
    {"name": "时效指标", "path": ["产出指标", "时效指标"], "weight": 5, "score": 4, "incomplete": false, "rescaled": false, "sum": 4},
    {"name": "成本指标", "path": ["产出指标", "成本指标"], "weight": 15, "score": 9.8, "incomplete": false, "rescaled": false, "sum": 9.8},
    {"name": "效益指标", "path": ["效益指标"], "weight": 20, "score": 20, "incomplete": false, "rescaled": false, "sum": 20},
    {"name": "社会效益指标", "path": ["效益指标", "社会效益指标"], "weight": 10, "score": 10, "incomplete": false, "rescaled": false, "sum": 10},
    {"name": "可持续影响指标", "path": ["效益指标", "可持续影响指标"], "weight": 10, "score": 10, "incomplete": false, "rescaled": false, "sum": 10},
    {"name": "满意度指标", "path": ["满意度指标"], "weight": 10, "score": 10, "incomplete": false, "rescaled": false, "sum": 10},
    {"name": "服务对象满意度指标", "path": ["满意度指标", "服务对象满意度指标"], "weight": 10, "score": 10, "incomplete": false, "rescaled": false, "sum": 10}
  ],
  "published": {"total": 98.2, "grade": null, "max": null},
  "verify": {"rows": 12, "published_rows_sum": 92.8, "findings": [
      {"kind": "total", "published": 98.2, "score": 92.8}
    ], "judged": ["设备维护及时率", "保护广大消费者和百姓的合法权益", "检测装置配备率"], "overridden": ["检定覆盖率（%）", "仪器设备维护保养费(万元)"]}
}
--- status
1
