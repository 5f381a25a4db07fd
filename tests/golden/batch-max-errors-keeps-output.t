# a run --max-errors stopped leaves -o OUT as it was: a partial table is not
# left where a whole one is expected
--- args
eval -f csv --max-errors 1 -o out.csv t.rubric units.csv
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
--- file out.csv
the old table
--- file units.csv
项目编号,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分
P01,200,abc,财务制度,95%,显著,4
P02,200,190,财务制度,95%,显著,4
--- stderr
units.csv: row 2, column 3 (实际到位资金): error[E302]: input 实际到位资金: "abc" is not a number
rubric: units.csv: --max-errors 1 reached: the units after it are not read, and out.csv is left as it was
rubric: units.csv: 1 of 1 units failed
--- status
1
--- file-out out.csv
the old table
