# a NUL byte in the header stops the run, naming the column
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
--- file-bytes units.csv
项目编号,预算\0000资金
P01,200
--- stderr
units.csv: row 1, column 2: a NUL byte (0x00) in the header
  help: a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text
--- status
1
