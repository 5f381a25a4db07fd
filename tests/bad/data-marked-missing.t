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
t

indicator   target  actual  weight            score  remark
资金到位率  ≥100%   待核实      50           待核实  pending: marked 待核实
满意度      ≥90%    95%         50               50
---------------------------------------------------
total                          100  50 (incomplete)
grade                                             -

1 indicator pending (待核实): the total is of the rows scored, and has no grade

== 项目编号: P2 ==
t

indicator   target  actual  weight            score  remark
资金到位率  ≥100%   90%         50               45
满意度      ≥90%    未填报      50           待核实  pending: marked 未填报
---------------------------------------------------
total                          100  45 (incomplete)
grade                                             -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
u.csv: row 2, column 3 (到位资金): error[E303]: input 到位资金 is marked "待核实": the unit has not given it
  help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
u.csv: row 3, column 4 (满意度): error[E303]: indicator 满意度 is marked "未填报": the unit has not given it
  help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
rubric: u.csv: 2 of 2 units failed
--- status
1
