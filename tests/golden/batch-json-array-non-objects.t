# elements of a JSON array that are not objects (a number, a string, null, a
# list) are units that failed, each named by its place; the run goes on to the
# next, as for NDJSON lines
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
[{"项目编号": "P01", "预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%", "社会效益": {"actual": "显著", "score": 4}},
 42, "x", null, [1, [2]],
 {"项目编号": "P02", "预算资金": 100, "实际到位资金": 100, "制度健全性": [], "满意度": "90%", "社会效益": {"actual": "一般", "score": 3}}]
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P01,12.5,9.5,3,14,10,4,26.5,良,0
,,,,,,,,,1
,,,,,,,,,1
,,,,,,,,,1
,,,,,,,,,1
P02,10,10,0,13,10,3,23,中,0
--- stderr
units.json:2:2: error[E301]: the data must be a JSON object of input names and values, not a number
units.json:2:6: error[E301]: the data must be a JSON object of input names and values, not a string
units.json:2:11: error[E301]: the data must be a JSON object of input names and values, not null
units.json:2:17: error[E301]: the data must be a JSON object of input names and values, not a list
rubric: units.json: 4 of 6 units failed
--- status
1
