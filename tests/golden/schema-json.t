# rubric schema writes a unit's JSON data with every value empty, and under
# "$form" what each one is: declared inputs first, then each indicator's own
# value; a checklist's items, a grade's levels ("score": the data picks it in a
# ranged level), a judged row ({"actual", "score"}); a row the template marks
# inapplicable and a computed actual ask nothing.
--- args
schema t.rubric
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 20 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 20 { note "财务制度、项目制度各10分"; score checklist { 财务制度: 10; 项目制度: 10 } }
    }
    group 产出 {
        indicator 服务人次 weight 30 { unit "人次"; target >= 5000; score proportional }
        indicator 宣传覆盖 { inapplicable }
        indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
    }
    group 效果 {
        indicator 社会效益 weight 20 { score judged }
    }
}
--- stdout
{
  "$form": {
    "template": "2023年社区养老服务项目绩效自评",
    "fields": {
      "预算资金": {"type": "number", "unit": "万元"},
      "实际到位资金": {"type": "number", "unit": "万元"},
      "制度健全性": {"type": "list", "items": ["财务制度", "项目制度"], "note": "财务制度、项目制度各10分"},
      "服务人次": {"type": "number", "unit": "人次", "target": "≥5000"},
      "完成质量": {"type": "level", "levels": ["好", "中", "差"], "score": true},
      "社会效益": {"type": "judged", "score": true}
    }
  },
  "$id": {"项目编号": "", "项目名称": ""},
  "预算资金": null,
  "实际到位资金": null,
  "制度健全性": null,
  "服务人次": null,
  "完成质量": {"level": null, "score": null},
  "社会效益": {"actual": null, "score": null}
}
