# A CSV 指标.得分 cell of a ranged level written "18分": its error is the
# unit's only one (once E311 "the data must pick the score" followed, and
# the row showed 待核实).
--- args
eval t.rubric units.csv -f csv
--- file t.rubric
rubric "定级得分写成字符串" { indicator 社会效益 weight 20 { score grade } }
--- file units.csv
项目编号,社会效益,社会效益.得分
P1,达成,18分
--- stdout
项目编号,社会效益,total,grade,errors
P1,,,,1
--- stderr
units.csv: row 2, column 3 (社会效益.得分): error[E302]: indicator 社会效益: the score "18分" is not a number
rubric: units.csv: 1 of 1 units failed
--- status
1
