# "$id" must be an object of texts and numbers
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
{"$id": {"项目名称": ["甲"]}, "预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%", "社会效益": {"actual": "显著", "score": 4}}
--- stderr
d.json:1:2: error[E302]: the identity field "项目名称" must be text or a number, not a list
    {"$id": {"项目名称": ["甲"]}, "预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%", "社会效…
     ^^^^^
1 error
--- status
1
