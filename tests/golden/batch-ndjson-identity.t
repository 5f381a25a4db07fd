# JSON units carry their identity: the fields of "$id", and the top-level keys
# 项目编号, 项目名称, 单位名称 ... (not read as values); -f csv takes the first
# unit's fields as its identity columns
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
{"$id": {"项目编号": "P1", "项目名称": "甲"}, "预算资金": 200, "实际到位资金": 190, "制度健全性": ["财务制度"], "满意度": "95%", "社会效益": {"actual": "显著", "score": 4}}
{"项目编号": 2, "单位名称": "乙", "预算资金": 100, "实际到位资金": 100, "制度健全性": [], "满意度": "95%", "社会效益": {"score": 3}}
--- stdout
项目编号,项目名称,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P1,甲,12.5,9.5,3,14,10,4,26.5,良,0
2,,10,10,0,13,10,3,23,中,0
--- status
0
