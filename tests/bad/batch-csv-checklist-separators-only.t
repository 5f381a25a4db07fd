# a checklist cell of separators only is a mistake, not "none met" (which is
# written 无)
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
P01,200,190,、,95%,显著,4
P02,200,190,"，,;",95%,显著,4
P03,200,190,无,95%,显著,4
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P01,,,,,,,,,1
P02,,,,,,,,,1
P03,9.5,9.5,0,14,10,4,23.5,中,0
--- stderr
units.csv: row 2, column 4 (制度健全性): only separators, no item
  help: write 无 (or none) when no item is met
units.csv: row 3, column 4 (制度健全性): only separators, no item
  help: write 无 (or none) when no item is met
rubric: units.csv: 2 of 3 units failed
--- status
1
