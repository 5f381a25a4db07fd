# a checklist cell of 无 (or none) is a checklist with no item met, scoring
# 0; an empty cell is no value given, an error for that unit
--- args
eval -f csv t.rubric units.csv
--- file t.rubric
rubric "清单" {
    group 管理 {
        indicator 制度健全性 weight 6 { score checklist { 财务制度: 3; 项目制度: 3 } }
        indicator 满意度 weight 4 { target >= 90%; score proportional }
    }
}
--- file units.csv
项目编号,制度健全性,满意度
P01,无,95%
P02,none,90%
P03,,90%
P04,项目制度,90%
--- stdout
项目编号,管理,制度健全性,满意度,total,grade,errors
P01,4,0,4,4,差,0
P02,4,0,4,4,差,0
P03,,,,,,1
P04,7,3,4,7,中,0
--- stderr
units.csv: row 4: error[E303]: indicator 制度健全性: no value in the data (t.rubric:3:19)
rubric: units.csv: 1 of 4 units failed
--- status
1
