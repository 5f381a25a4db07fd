# 'bonus 3 plus 1 per 0': the same wrong position as deduct
--- args
eval t.rubric d.json
--- file t.rubric
rubric "获奖" {
    indicator 获奖情况 weight 7 {
        score bonus 3 plus 1 per 0 cap 7
    }
}
--- file d.json
{"获奖情况": 5}
--- stdout
获奖

indicator  target  actual  weight           score  remark
获奖情况           5            7          待核实  pending: the rule cannot score this value
-------------------------------------------------
total                           7  0 (incomplete)
grade                                           -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:3:15: error[E305]: indicator 获奖情况: cannot divide 4 by 0
            score bonus 3 plus 1 per 0 cap 7
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
