# a number with its unit in a deduct rule (每 2万元), in a template of Chinese
# keywords: the help quotes the unit clause as the template writes it (单位 "万元")
--- args
check t.rubric
--- file t.rubric
评分表 "t" {
    指标 甲 分值 10 { 目标 <= 5; 得分 扣分 1 每 2万元 超过 5 }
}
--- stderr
t.rubric:2:38: error[E001]: unexpected name '万元'
        指标 甲 分值 10 { 目标 <= 5; 得分 扣分 1 每 2万元 超过 5 }
                                                     ^^^^
help: write the number alone, and its unit once, in the indicator: 单位 "万元"
1 error
--- status
1
