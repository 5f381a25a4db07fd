# a judged row in CSV: its own column is the actual the table shows; without
# its 指标.得分 column the error says so, not "no value"
--- args
eval -f csv t.rubric units.csv
--- file t.rubric
rubric "满意度" {
    indicator 受益群众满意度 weight 10 { target >= 90%; score judged }
}
--- file units.csv
受益群众满意度
96%
--- stdout
受益群众满意度,total,grade,errors
,,,1
--- stderr
units.csv: row 2: error[E303]: indicator 受益群众满意度 is judged: the data must give its score (t.rubric:2:15)
  help: write {"actual": ..., "score": N}; in a CSV file, a column 受益群众满意度.得分
rubric: units.csv: 1 of 1 units failed
--- status
1
