# a header with 30 columns the template does not know: the first 20 are named
# (the help once), the rest counted
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
项目编号,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分,列0,列1,列2,列3,列4,列5,列6,列7,列8,列9,列10,列11,列12,列13,列14,列15,列16,列17,列18,列19,列20,列21,列22,列23,列24,列25,列26,列27,列28,列29
--- stderr
units.csv: column 8 (列0): the template has no input or indicator of this name
  help: a column gives an input or an indicator's actual (指标), its score (指标.得分), reason (指标.偏差原因) or published score (指标.公布得分); name identity columns with --id
units.csv: column 9 (列1): the template has no input or indicator of this name
units.csv: column 10 (列2): the template has no input or indicator of this name
units.csv: column 11 (列3): the template has no input or indicator of this name
units.csv: column 12 (列4): the template has no input or indicator of this name
units.csv: column 13 (列5): the template has no input or indicator of this name
units.csv: column 14 (列6): the template has no input or indicator of this name
units.csv: column 15 (列7): the template has no input or indicator of this name
units.csv: column 16 (列8): the template has no input or indicator of this name
units.csv: column 17 (列9): the template has no input or indicator of this name
units.csv: column 18 (列10): the template has no input or indicator of this name
units.csv: column 19 (列11): the template has no input or indicator of this name
units.csv: column 20 (列12): the template has no input or indicator of this name
units.csv: column 21 (列13): the template has no input or indicator of this name
units.csv: column 22 (列14): the template has no input or indicator of this name
units.csv: column 23 (列15): the template has no input or indicator of this name
units.csv: column 24 (列16): the template has no input or indicator of this name
units.csv: column 25 (列17): the template has no input or indicator of this name
units.csv: column 26 (列18): the template has no input or indicator of this name
units.csv: column 27 (列19): the template has no input or indicator of this name
units.csv: and 10 more columns the template has no input or indicator for
--- status
1
