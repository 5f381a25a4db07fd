# a CSV header misspelt (群众满意程度 for 群众满意度, and before a field:
# 完成律.得分) gets the "did you mean" a JSON key gets
--- args
eval t.rubric units.csv -f csv
--- file t.rubric
rubric "满意度" {
    indicator 群众满意度 weight 10 { target >= 90%; score proportional }
    indicator 完成率 weight 10 { score judged }
}
--- file units.csv
项目编号,群众满意程度,完成律.得分
X1,92%,8
--- stderr
units.csv: column 2 (群众满意程度): the template has no input or indicator of this name
  help: did you mean '群众满意度'?
  help: a column gives an input or an indicator's actual (指标), its score (指标.得分), reason (指标.偏差原因) or published score (指标.公布得分); name identity columns with --id
units.csv: column 3 (完成律.得分): the template has no input or indicator of this name
  help: did you mean '完成率.得分'?
--- status
1
