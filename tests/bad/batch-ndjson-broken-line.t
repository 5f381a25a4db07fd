# NDJSON: a broken line fails its unit only; the next line is read
--- args
eval -f csv t.rubric units.ndjson
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
--- file units.ndjson
{"预算资金": 100, "实际到位资金": 100, "制度健全性": [], "满意度": "95%", "社会效益": {"score": 3}
{"预算资金": 100, "实际到位资金": 100, "制度健全性": [], "满意度": "95%", "社会效益": {"score": 3}}
--- stdout
投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
,,,,,,,,1
10,10,0,13,10,3,23,中,0
--- stderr
units.ndjson:1:77: error[E301]: the data ends before its closing '}'
  help: the '{' at line 1 is still open
rubric: units.ndjson: 1 of 2 units failed
--- status
1
