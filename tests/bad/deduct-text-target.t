# 扣分 (deduct) with a text target (目标 “无违规”): said of the rule as written,
# at its span, with how to count the cases, not as a bad argument to the
# library function the rule becomes.
--- args
check t.rubric
--- file t.rubric
评分表 "扣分+文字目标" {
    指标 资金使用合规性 分值 10 { 目标 “无违规”; 得分 扣分 0.5 每 1 }
}
--- stderr
t.rubric:2:37: error[E106]: '扣分' scores a number, but the target of indicator 资金使用合规性 is text
        指标 资金使用合规性 分值 10 { 目标 “无违规”; 得分 扣分 0.5 每 1 }
                                                          ^^^^^^^^^^^^^
help: to deduct per case (per violation), count the cases: a number target ('目标 <= 0') and the count in the data; to score the text, use '得分 达标' (full marks if it is the target) or '得分 评定'
1 error
--- status
1
