# The form's CSV of a unit with a row pending: the row's score 待核实 and
# its remark, the total of the other rows, and the grade line saying why
# there is none.
--- args
eval -f csv --form score t.rubric units.csv
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
--- stdout
项目编号,indicator,weight,target,actual,score,scoring standard,remark,errors
P01,资金到位率,4,=100%,90%,待核实,,pending: the rule cannot score this value,1
P01,资金使用率,6,≥95%,93%,5.87,,,1
P01,total,10,,,5.87,,grade: - (rows pending: the total is incomplete),1
--- stderr
units.csv: row 2, column 2 (资金到位率): error[E307]: indicator 资金到位率: 90% falls in no band (t.rubric:5:15)
  help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
rubric: units.csv: 1 of 1 units failed
--- status
1
