# --emit-test writes the test of one unit, not of a batch.
--- args
eval t.rubric u.csv --emit-test
--- file t.rubric
rubric "写测试" {
    round 2
    input 预算资金: number unit "万元"
    input 到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 20 { actual 到位资金 / 预算资金; target >= 100%; score proportional }
        indicator 制度健全性 weight 20 { score checklist { 财务制度: 10; "项目制度（含\"台账\"）": 10 } }
        indicator 完成日期 weight 10 { target 2023年12月31日前; score met }
    }
    group 产出 {
        indicator 满意度 weight 20 { target >= 90%; score proportional }
        indicator 管理制度 weight 10 { score grade { 完整完善: 10; 有制度: 5..8; 无制度: 0 } }
        indicator 社会效益 weight 10 { score judged }
        indicator 宣传 weight 10 { target >= 10; score proportional }
    }
}
--- file u.csv
预算资金
1
--- stderr
rubric: --emit-test writes the test of one unit: give one unit's JSON data
--- status
2
