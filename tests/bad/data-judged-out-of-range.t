# a judged score above the weight: the error points into the template, not at
# the data
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    indicator 社会效益 weight 10 { score judged }
}
--- file d.json
{"社会效益": 12}
--- stdout
x

indicator  target  actual  weight           score  remark
社会效益                       10          待核实  pending: the rule cannot score this value
-------------------------------------------------
total                          10  0 (incomplete)
grade                                           -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:2:15: error[E312]: indicator 社会效益: the judged score 12 is outside 0..10
        indicator 社会效益 weight 10 { score judged }
                  ^^^^^^^^
1 error
--- status
1
