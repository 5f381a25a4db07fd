# -f csv --form score over many units: the 评价得分表's rows of every unit, each
# after the unit's identity columns, with the 评分标准 (note) and, with
# --explain, the 计分说明 (quoted: it spans lines); a unit that failed is one
# line of its identity and its errors.
--- args
eval t.rubric u.csv -f csv --form score --explain
--- file t.rubric
rubric "评分" {
    round 2
    total 10
    group 产出 {
        indicator 甲 weight 6 { note "按完成比例计分"; target >= 100; score proportional }
        indicator 乙 weight 4 { score checklist { 制度: 2; 台账: 2 } }
    }
}
--- file u.csv
项目编号,甲,乙
P1,95.5,制度
P2,abc,台账
--- stdout
项目编号,level 1 indicator,level 2 indicator,weight,target,actual,score,scoring standard,remark,how it was scored,errors
P1,产出,甲,6,≥100,95.5,5.73,按完成比例计分,,"甲 (t.rubric:5)
  >= 100
  proportional (t.rubric:5)
  actual 95.5, target 100, weight 6
  95.5 ≥ 100: no
  95.5 ÷ 100 × 6 = 5.73
  max(0, 5.73) = 5.73
  score: 5.73 of 6",0
P1,产出,乙,4,,1/2,2,,,"乙 (t.rubric:6)
  checklist (t.rubric:6)
  actual 制度, weight 4
  item 制度 met: 2 points
  1 of 2 items met: 2 points
  score: 2 of 4",0
P1,total,,10,,,7.73,,grade: 中,,0
P2,,,,,,,,,,1
--- stderr
u.csv: row 3, column 2 (甲): error[E302]: indicator 甲: "abc" is not a number
rubric: u.csv: 1 of 2 units failed
--- status
1
