# a CSV column that is no input, indicator, row field or identity: an error
# naming it, with "did you mean" and the convention in the help; nothing is scored
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
项目编号,预算资金,实际到位金额,满意度
P01,200,190,95%
--- stderr
units.csv: column 3 (实际到位金额): the template has no input or indicator of this name
  help: did you mean '实际到位资金'?
  help: a column gives an input or an indicator's actual (指标), its score (指标.得分), reason (指标.偏差原因) or published score (指标.公布得分); name identity columns with --id
--- status
1
