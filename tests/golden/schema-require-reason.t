# rubric schema under require reason: every row that applies takes its reason
# (偏差原因), as eval reads it: a field "reason" in the indicator's object
# ("reason": true under "$form"), and for an indicator whose actual is
# computed (the budget row, 资金到位率) an object of the reason alone, of type
# "reason".  A form without the field always failed under require reason.
--- args
schema t.rubric
--- file t.rubric
rubric "偏差原因" {
    round 2
    require reason
    budget 项目资金 weight 10
    input 实际到位资金: number unit "万元"
    input 预算资金: number unit "万元"
    group 产出 {
        indicator 资金到位率 weight 10 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
        indicator 覆盖率 weight 10 { target >= 95%; score proportional }
        indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
        indicator 满意度 weight 10 { score judged }
        indicator 宣传覆盖 { inapplicable }
    }
}
--- stdout
{
  "$form": {
    "template": "偏差原因",
    "fields": {
      "实际到位资金": {"type": "number", "unit": "万元"},
      "预算资金": {"type": "number", "unit": "万元"},
      "年初预算数": {"type": "number"},
      "全年预算数": {"type": "number"},
      "全年执行数": {"type": "number"},
      "项目资金": {"type": "reason"},
      "资金到位率": {"type": "reason", "target": "≥100%"},
      "覆盖率": {"type": "percent", "target": "≥95%", "reason": true},
      "完成质量": {"type": "level", "levels": ["好", "中", "差"], "score": true, "reason": true},
      "满意度": {"type": "judged", "score": true, "reason": true}
    }
  },
  "$id": {"项目编号": "", "项目名称": ""},
  "实际到位资金": null,
  "预算资金": null,
  "年初预算数": null,
  "全年预算数": null,
  "全年执行数": null,
  "项目资金": {"reason": null},
  "资金到位率": {"reason": null},
  "覆盖率": {"actual": null, "reason": null},
  "完成质量": {"level": null, "score": null, "reason": null},
  "满意度": {"actual": null, "score": null, "reason": null}
}
