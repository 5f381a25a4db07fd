# a JSON array of units without its closing bracket
--- args
eval -f csv t.rubric units.json
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
[{"预算资金": 100, "实际到位资金": 100, "制度健全性": [], "满意度": "95%", "社会效益": {"score": 3}},
--- stdout
投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
10,10,0,13,10,3,23,中,0
--- stderr
units.json:2:1: error[E301]: the array of units is not closed with ']'
--- status
1
