# NDJSON to CSV whose first line is not JSON: the identity columns come from the
# next unit that has identity fields, so the other rows keep theirs
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
P01 {
{"项目编号": "P02", "预算资金": 100, "实际到位资金": 100, "制度健全性": ["财务制度"], "满意度": "95%", "社会效益": {"actual": "x", "score": 3}}
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
,,,,,,,,,1
P02,13,10,3,13,10,3,26,良,0
--- stderr
units.ndjson:1:1: error[E301]: P01 is not a JSON value
  help: write text, a date or a percent in double quotes ("95%"), a number as 1962 or 0.5, or true, false or null
rubric: units.ndjson: 1 of 2 units failed
--- status
1
