# a judged row's value is its score in points: a percent there is its actual,
# copied from the table's 实际完成值 column, and would score 0.96 of 10
--- args
eval t.rubric d.json
--- file t.rubric
rubric "满意度" {
    indicator 受益群众满意度 weight 10 { target >= 90%; score judged }
}
--- file d.json
{"受益群众满意度": "96%"}
--- stderr
d.json:1:2: error[E302]: indicator 受益群众满意度 is judged: its value is the score, in points, not a percent
    {"受益群众满意度": "96%"}
     ^^^^^^^^^^^^^^^^
help: give the score and the actual the table shows: {"actual": "96%", "score": N}
1 error
--- status
1
