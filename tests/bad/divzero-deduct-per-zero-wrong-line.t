# 'deduct 1 per 0' in a longer template: the standard library's position is
# applied to the template, and the error points into an unrelated comment
--- args
eval t.rubric d.json
--- file t.rubric
rubric "公务接待" {
    # 评分说明第01条：存在一处问题扣1分，扣完为止。
    # 评分说明第02条：存在一处问题扣1分，扣完为止。
    # 评分说明第03条：存在一处问题扣1分，扣完为止。
    # 评分说明第04条：存在一处问题扣1分，扣完为止。
    # 评分说明第05条：存在一处问题扣1分，扣完为止。
    # 评分说明第06条：存在一处问题扣1分，扣完为止。
    # 评分说明第07条：存在一处问题扣1分，扣完为止。
    # 评分说明第08条：存在一处问题扣1分，扣完为止。
    # 评分说明第09条：存在一处问题扣1分，扣完为止。
    # 评分说明第10条：存在一处问题扣1分，扣完为止。
    # 评分说明第11条：存在一处问题扣1分，扣完为止。
    # 评分说明第12条：存在一处问题扣1分，扣完为止。
    # 评分说明第13条：存在一处问题扣1分，扣完为止。
    # 评分说明第14条：存在一处问题扣1分，扣完为止。
    # 评分说明第15条：存在一处问题扣1分，扣完为止。
    # 评分说明第16条：存在一处问题扣1分，扣完为止。
    # 评分说明第17条：存在一处问题扣1分，扣完为止。
    # 评分说明第18条：存在一处问题扣1分，扣完为止。
    # 评分说明第19条：存在一处问题扣1分，扣完为止。
    # 评分说明第20条：存在一处问题扣1分，扣完为止。
    # 评分说明第21条：存在一处问题扣1分，扣完为止。
    # 评分说明第22条：存在一处问题扣1分，扣完为止。
    # 评分说明第23条：存在一处问题扣1分，扣完为止。
    # 评分说明第24条：存在一处问题扣1分，扣完为止。
    # 评分说明第25条：存在一处问题扣1分，扣完为止。
    # 评分说明第26条：存在一处问题扣1分，扣完为止。
    # 评分说明第27条：存在一处问题扣1分，扣完为止。
    # 评分说明第28条：存在一处问题扣1分，扣完为止。
    # 评分说明第29条：存在一处问题扣1分，扣完为止。
    # 评分说明第30条：存在一处问题扣1分，扣完为止。
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
t.rubric:33:15: error[E305]: indicator 费用控制: cannot divide 2 by 0
            score deduct 1 per 0
                  ^^^^^^^^^^^^^^
1 error
--- status
1
