# --verify with -f csv: a CSV row has no place for findings, so each unit with
# findings gets a line on standard error naming what disagrees (a row, the
# total, the grade); a row that publishes nothing is an error whose help names
# the columns, not JSON's fields
--- args
eval -f csv --verify t.rubric units.csv
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
项目编号,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分,满意度.公布得分,公布总分,公布等级
P1,200,190,财务制度,95%,x,4,10,26.5,良
P2,200,190,财务制度,95%,x,4,9,26,优
P3,200,190,财务制度,95%,x,4,,,
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P1,12.5,9.5,3,14,10,4,26.5,良,0
P2,12.5,9.5,3,14,10,4,26.5,良,0
P3,,,,,,,,,1
--- stderr
units.csv: row 3: verify: 3 findings: 满意度 (published 9, scored 10); total (published 26, scored 26.5); grade (published 优, scored 良)
units.csv: row 4: error[E316]: --verify: the data has no published scores
  help: give the published scores in columns named 指标.公布得分, and 公布总分 and 公布等级
rubric: units.csv: 1 of 3 units failed
rubric: units.csv: verify findings: 3
--- status
1
