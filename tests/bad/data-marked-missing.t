# Values tables mark as not given (未填报, 待核实): a missing value (E303)
# that says so, never a silent zero; the CSV reader says the same.
--- args
eval t.rubric u.csv
--- file t.rubric
rubric "t" {
    input 预算资金: number unit "万元"
    input 到位资金: number unit "万元"
    indicator 资金到位率 weight 50 { actual 到位资金 / 预算资金; target >= 100%; score proportional }
    indicator 满意度 weight 50 { target >= 90%; score proportional }
}
--- file u.csv
项目编号,预算资金,到位资金,满意度
P1,100,待核实,95%
P2,100,90,未填报
--- stdout
== 项目编号: P1 ==
not scored: see the errors

== 项目编号: P2 ==
not scored: see the errors
--- stderr
u.csv: row 2, column 3 (到位资金): error[E303]: input 到位资金 is marked "待核实": the unit has not given it
  help: give the value, or "/" (不适用) if the row does not apply to the unit; a row without its value is not scored, never as 0
u.csv: row 3, column 4 (满意度): error[E303]: indicator 满意度 is marked "未填报": the unit has not given it
  help: give the value, or "/" (不适用) if the row does not apply to the unit; a row without its value is not scored, never as 0
rubric: u.csv: 2 of 2 units failed
--- status
1
