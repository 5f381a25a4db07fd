# a NUL byte in a cell (what a UTF-16 file read as bytes has) is an error
# naming the cell, never a value cut short at it: 19<NUL>0 is not read as 19;
# in an identity, the identity is left out of the output; other rows scored
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
P01,200,19\00000,财务制度,95%,显著,4
P0\00002,200,190,财务制度,95%,显著,4
P03,200,190,财务制度,95%,显著,4
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P01,,,,,,,,,1
,,,,,,,,,1
P03,12.5,9.5,3,14,10,4,26.5,良,0
--- stderr
units.csv: row 2, column 3 (实际到位资金): a NUL byte (0x00) in the value
  help: a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text
units.csv: row 3, column 1 (项目编号): a NUL byte (0x00) in the value
  help: a file of UTF-16 or UTF-32 has them: save it as UTF-8 (or GB18030) text
rubric: units.csv: 2 of 3 units failed
--- status
1
