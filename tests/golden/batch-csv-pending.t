# Many units from CSV: a unit with a row pending (a value in no band, a
# value marked 未填报) gets 待核实 in that row's column and in the grade's, an
# empty total, and its errors; the next unit is scored as usual. Exit 1.
--- args
eval -f csv t.rubric units.csv
--- file t.rubric
rubric "资金管理" {
    round 2
    indicator 资金到位率 weight 4 {
        target = 100%
        score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
    }
    indicator 资金使用率 weight 6 { target >= 95%; score proportional }
}
--- file units.csv
项目编号,资金到位率,资金使用率
P01,90%,93%
P02,100%,未填报
P03,95%,96%
--- stdout
项目编号,资金到位率,资金使用率,total,grade,errors
P01,待核实,5.87,,待核实,1
P02,4,待核实,,待核实,1
P03,3,6,9,优,0
--- stderr
units.csv: row 2, column 2 (资金到位率): error[E307]: indicator 资金到位率: 90% falls in no band (t.rubric:5:15)
  help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
units.csv: row 3, column 3 (资金使用率): error[E303]: indicator 资金使用率 is marked "未填报": the unit has not given it
  help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
rubric: units.csv: 2 of 3 units failed
--- status
1
