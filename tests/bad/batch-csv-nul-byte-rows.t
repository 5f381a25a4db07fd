# a NUL byte is no space: a row of cells of NUL bytes is not skipped as empty,
# and a NUL byte past the header's last column is a value there
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
项目编号,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分
\0000,\0000,\0000
P02,200,190,财务制度,95%,显著,4,,\0000x
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
,,,,,,,,,6
P02,,,,,,,,,1
--- stderr
units.csv: row 2, column 1 (项目编号): a NUL byte (0x00) in the value
  help: a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text
units.csv: row 2, column 2 (预算资金): a NUL byte (0x00) in the value
  help: a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text
units.csv: row 2, column 3 (实际到位资金): a NUL byte (0x00) in the value
  help: a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text
units.csv: row 2: error[E303]: indicator 制度健全性: no value in the data (t.rubric:11:19)
units.csv: row 2: error[E303]: indicator 满意度: no value in the data (t.rubric:14:19)
units.csv: row 2: error[E303]: indicator 社会效益 is judged: the data must give its score (t.rubric:15:19)
  help: write {"actual": ..., "score": N}; in a CSV file, a column 社会效益.得分
units.csv: row 3, column 9: a value past the last column of the header (7 columns; 1 such cells in the row)
rubric: units.csv: 2 of 2 units failed
--- status
1
