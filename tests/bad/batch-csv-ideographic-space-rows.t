# U+3000 is a space everywhere: a row of them is skipped as empty, an identity
# of them is empty, and a checklist item is trimmed of them
--- args
eval -f csv t.rubric units.csv
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
--- file units.csv
项目编号,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分
　,　
　,200,190,财务制度　、　项目制度,95%,显著,4
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
,15.5,9.5,6,14,10,4,29.5,优,0
