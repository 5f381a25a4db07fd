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
--- stderr
t.rubric:3:15: error[E305]: indicator 费用控制: cannot divide 2 by 0
            score deduct 1 per 0
                  ^^^^^^^^^^^^^^
1 error
--- status
1
