# bad cells in some rows: each error names its row, column and header, the
# other rows are scored, the failed rows carry their error count, exit 1
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
项目编号,项目名称,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分,社会效益.偏差原因
P01,社区养老,200,190,财务制度、项目制度,95%,显著,4,
P02,"老年食堂, 二期",100,100,财务制度,≥85%,一般,3,宣传不足
P03,坏行,100,0,"财务制度;未知制度",abc,较好,5,
P04,缺值,100,,财务制度,90%,较好,4,
P05,好行,100,100,项目制度,100%,/,,
--- stdout
项目编号,项目名称,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P01,社区养老,15.5,9.5,6,14,10,4,29.5,优,0
P02,"老年食堂, 二期",13,10,3,12.44,9.44,3,25.44,良,0
P03,坏行,,,,,,,,,3
P04,缺值,,,,,,,,,1
P05,好行,13,10,3,10,10,,23,中,0
--- stderr
units.csv: row 4, column 6 (满意度): error[E302]: indicator 满意度: "abc" is not a number
units.csv: row 4, column 5 (制度健全性): error[E308]: indicator 制度健全性: "未知制度" is not an item of its checklist (t.rubric:11:42)
  help: the choices are: 财务制度, 项目制度
units.csv: row 4, column 8 (社会效益.得分): error[E312]: indicator 社会效益: the judged score 5 is outside 0..4 (t.rubric:15:19)
units.csv: row 5: error[E303]: no value for input 实际到位资金, needed by indicator 资金到位率 (t.rubric:4:11)
rubric: units.csv: 2 of 5 units failed
--- status
1
