# a header that cannot be read: -o leaves the old file as it was
--- args
eval -f csv -o out.csv t.rubric units.csv
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
未知列
1
--- file out.csv
old
--- stderr
units.csv: column 1 (未知列): the template has no input or indicator of this name
  help: a column gives an input or an indicator's actual (指标), its score (指标.得分), reason (指标.偏差原因) or published score (指标.公布得分); name identity columns with --id
--- file-out out.csv
old
--- status
1
