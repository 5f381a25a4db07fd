# A rule's name misspelt (按比列 for 按比例) is an unknown name: the help offers
# the keyword it is closest to, as it does the inputs.
--- args
check t.rubric
--- file t.rubric
评分表 "关键字写错" {
    总分 10
    分组 产出 {
        指标 完成率 分值 10 { 目标 >= 95%; 得分 按比列 }
    }
}
--- stderr
t.rubric:4:38: error[E101]: unknown name '按比列'
            指标 完成率 分值 10 { 目标 >= 95%; 得分 按比列 }
                                                    ^^^^^^
help: did you mean '按比例'?
1 error
--- status
1
