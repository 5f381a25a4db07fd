# 'deduct 1 per 0': the division by zero happens in the standard library, and
# is reported at line 6 of a 5-line template, under an empty line
--- args
eval t.rubric d.json
--- file t.rubric
rubric "公务接待" {
    indicator 费用控制 weight 10 {
        score deduct 1 per 0
    }
}
--- file d.json
{"费用控制": 2}
--- stdout
公务接待

indicator  target  actual  weight           score  remark
费用控制           2           10          待核实  pending: the rule cannot score this value
-------------------------------------------------
total                          10  0 (incomplete)
grade                                           -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:3:15: error[E305]: indicator 费用控制: cannot divide 2 by 0
            score deduct 1 per 0
                  ^^^^^^^^^^^^^^
1 error
--- status
1
