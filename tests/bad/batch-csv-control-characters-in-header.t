# an escape sequence in an unknown header is escaped in the message
--- args
eval t.rubric units.csv
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
--- file-bytes units.csv
\0351\0241\0271\0347\0233\0256\0347\0274\0226\0345\0217\0267,\0033]0;x\0007\0345\0210\0227
1,2
--- stderr
units.csv: column 2 (\u001b]0;x\u0007列): the template has no input or indicator of this name
  help: a column gives an input or an indicator's actual (指标), its score (指标.得分), reason (指标.偏差原因) or published score (指标.公布得分); name identity columns with --id
--- status
1
