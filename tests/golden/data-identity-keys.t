# one unit's JSON with its identity ("$id", 项目编号): kept, not read as inputs
--- args
eval t.rubric d.json
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
--- file d.json
{"$id": {"项目名称": "甲"}, "项目编号": "P1", "预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%", "社会效益": {"actual": "显著", "score": 4}}
--- stdout
批量

indicator     target  actual  weight  score
投入                              16   12.5
  资金到位率  ≥100%   95%         10    9.5
  制度健全性          1/2          6      3
效果                              14     14
  满意度      ≥90%    95%         10     10
  社会效益            显著         4      4
-------------------------------------------
total                             30   26.5
grade                                    良
--- status
0
