# an identity given twice in a JSON unit, in "$id" and as a key of its own:
# an error for that unit, not two fields of one name in the output
--- args
eval -f ndjson t.rubric units.ndjson
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
{"$id": {"项目编号": "A"}, "项目编号": "B", "预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%", "社会效益": {"actual": "x", "score": 4}}
{"项目编号": "C", "$id": {"项目编号": "D"}, "预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%", "社会效益": {"actual": "x", "score": 4}}
--- stdout
{"unit": 1, "line": 1, "id": {"项目编号": "A"}, "errors": 1}
{"unit": 2, "line": 2, "id": {"项目编号": "C"}, "errors": 1}
--- stderr
units.ndjson:1:24: error[E302]: the identity "项目编号" is given twice: in "$id" and as a key of its own
units.ndjson:2:15: error[E302]: the identity "项目编号" is given twice: in "$id" and as a key of its own
rubric: units.ndjson: 2 of 2 units failed
--- status
1
