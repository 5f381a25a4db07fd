# seed 004 scored as JSON
--- args
eval $ROOT/examples/quality-inspection-2018.rubric $ROOT/examples/quality-inspection-2018.json --format json
--- stdout
{
  "title": "2018质量检验检测成本绩效评价",
  "total": 93.92,
  "max": 100,
  "grade": "优",
  "sum": 93.92,
  "applicable": 100,
  "rescaled": false,
  "incomplete": false,
  "budget": null,
  "indicators": [
    {"name": "目标明确性", "path": ["投入", "目标设定"], "weight": 5, "unit": null, "note": "考察项目绩效目标设定是否明确合理。", "target": "明确", "actual": "3/4", "applicable": true, "mark": null, "pending": false, "raw": 3, "rule_score": 3, "score": 3, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "人员控制率", "path": ["投入", "预算配置"], "weight": 3, "unit": null, "note": "人员控制率=（实际在编人数/核定在编人数）×100%", "target": "≤100%", "actual": "90%", "applicable": true, "mark": null, "pending": false, "raw": 3, "rule_score": 3, "score": 3, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "资金到位率", "path": ["投入", "资金落实"], "weight": 4, "unit": null, "note": "资金实际到位率=（实际到位资金/预算资金）×100%", "target": "=100%", "actual": "161.37%", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "预算完成率", "path": ["过程", "资金管理"], "weight": 4, "unit": null, "note": "预算完成率=（项目实际支出金额/预算资金）×100%", "target": "≥100%", "actual": "131.92%", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "预算调整率", "path": ["过程", "资金管理"], "weight": 4, "unit": null, "note": "预算调整率=（项目预算调整金额/预算资金）×100%", "target": "=0", "actual": "0", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "财务制度健全性", "path": ["过程", "资金管理"], "weight": 3, "unit": null, "note": null, "target": "健全", "actual": "1/2", "applicable": true, "mark": null, "pending": false, "raw": 2, "rule_score": 2, "score": 2, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "资金使用规范性", "path": ["过程", "资金管理"], "weight": 4, "unit": null, "note": null, "target": "规范", "actual": "4/4", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "预决算信息公开性", "path": ["过程", "资金管理"], "weight": 4, "unit": null, "note": null, "target": "公开", "actual": "2/2", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "委托检验合同的完备性", "path": ["过程", "项目管理"], "weight": 4, "unit": null, "note": null, "target": "完备", "actual": "完备", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "车辆、仪器管理制度健全性", "path": ["过程", "项目管理"], "weight": 4, "unit": null, "note": null, "target": "健全", "actual": "2/2", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "项目管理制度", "path": ["过程", "项目管理"], "weight": 4, "unit": null, "note": null, "target": "完整", "actual": "有制度", "applicable": true, "mark": null, "pending": false, "raw": 3, "rule_score": 3, "score": 3, "overridden": false, "judged": true, "reason": null, "published": null},
    {"name": "公务接待费用控制性", "path": ["过程", "项目管理"], "weight": 4, "unit": null, "note": null, "target": "按要求执行", "actual": "0", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "委托抽检批次", "path": ["产出", "项目效益"], "weight": 4, "unit": null, "note": null, "target": "≥10000", "actual": "10775", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "实际国家级监督抽查批次", "path": ["产出", "项目效益"], "weight": 4, "unit": null, "note": null, "target": "≥500", "actual": "800", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "省级监督抽查批次", "path": ["产出", "项目效益"], "weight": 4, "unit": null, "note": null, "target": "≥1200", "actual": "1695", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "市级监督抽查批次", "path": ["产出", "项目效益"], "weight": 4, "unit": null, "note": null, "target": "≥2000", "actual": "962", "applicable": true, "mark": null, "pending": false, "raw": 1.924, "rule_score": 1.92, "score": 1.92, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "承担各类检验工作的过程中涉及的成本消耗率", "path": ["产出", "项目效益"], "weight": 5, "unit": null, "note": null, "target": "≥90%", "actual": "90%", "applicable": true, "mark": null, "pending": false, "raw": 5, "rule_score": 5, "score": 5, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "检验报告准确率", "path": ["产出", "项目效益"], "weight": 4, "unit": null, "note": null, "target": "≥95%", "actual": "99.5%", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "抽检结果通知率", "path": ["产出", "项目效益"], "weight": 4, "unit": null, "note": null, "target": "≥100%", "actual": "100%", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "抽检结果公示率", "path": ["产出", "项目效益"], "weight": 4, "unit": null, "note": null, "target": "≥100%", "actual": "100%", "applicable": true, "mark": null, "pending": false, "raw": 4, "rule_score": 4, "score": 4, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "异议处理及时性", "path": ["产出", "项目效益"], "weight": 5, "unit": null, "note": null, "target": "及时", "actual": "0", "applicable": true, "mark": null, "pending": false, "raw": 5, "rule_score": 5, "score": 5, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "获奖情况", "path": ["效果", "社会效益"], "weight": 7, "unit": null, "note": null, "target": null, "actual": "5", "applicable": true, "mark": null, "pending": false, "raw": 7, "rule_score": 7, "score": 7, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "社会满意度", "path": ["效果", "社会效益"], "weight": 8, "unit": null, "note": null, "target": "≥80%", "actual": "82%", "applicable": true, "mark": null, "pending": false, "raw": 8, "rule_score": 8, "score": 8, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
    {"name": "投入", "path": ["投入"], "weight": 12, "score": 10, "incomplete": false, "rescaled": false, "sum": 10},
    {"name": "目标设定", "path": ["投入", "目标设定"], "weight": 5, "score": 3, "incomplete": false, "rescaled": false, "sum": 3},
    {"name": "预算配置", "path": ["投入", "预算配置"], "weight": 3, "score": 3, "incomplete": false, "rescaled": false, "sum": 3},
    {"name": "资金落实", "path": ["投入", "资金落实"], "weight": 4, "score": 4, "incomplete": false, "rescaled": false, "sum": 4},
    {"name": "过程", "path": ["过程"], "weight": 35, "score": 33, "incomplete": false, "rescaled": false, "sum": 33},
    {"name": "资金管理", "path": ["过程", "资金管理"], "weight": 19, "score": 18, "incomplete": false, "rescaled": false, "sum": 18},
    {"name": "项目管理", "path": ["过程", "项目管理"], "weight": 16, "score": 15, "incomplete": false, "rescaled": false, "sum": 15},
    {"name": "产出", "path": ["产出"], "weight": 38, "score": 35.92, "incomplete": false, "rescaled": false, "sum": 35.92},
    {"name": "项目效益", "path": ["产出", "项目效益"], "weight": 38, "score": 35.92, "incomplete": false, "rescaled": false, "sum": 35.92},
    {"name": "效果", "path": ["效果"], "weight": 15, "score": 15, "incomplete": false, "rescaled": false, "sum": 15},
    {"name": "社会效益", "path": ["效果", "社会效益"], "weight": 15, "score": 15, "incomplete": false, "rescaled": false, "sum": 15}
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
