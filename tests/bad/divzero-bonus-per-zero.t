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
--- stderr
t.rubric:3:15: error[E305]: indicator 获奖情况: cannot divide 4 by 0
            score bonus 3 plus 1 per 0 cap 7
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
