# an export keeps the column of a row the template marks not applicable: its
# cells are "/" or empty, and anything else is an error for that unit
--- args
eval -f csv t.rubric units.csv
--- file t.rubric
rubric "t" {
    total 10
    indicator 经济效益 { inapplicable }
    indicator 满意度 weight 10 { target >= 90%; score proportional }
}
--- file units.csv
经济效益,满意度
/,95%
,90%
5,95%
--- stdout
经济效益,满意度,total,grade,errors
,10,10,优,0
,10,10,优,0
,,,,1
--- stderr
units.csv: row 4, column 1 (经济效益): the template marks this indicator not applicable (/): its cell is / or empty
  help: remove `inapplicable` from the indicator to score it
rubric: units.csv: 1 of 3 units failed
--- status
1
