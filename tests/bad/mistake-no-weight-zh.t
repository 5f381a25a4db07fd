# An indicator without a weight in a template of Chinese keywords: the help
# quotes code in Chinese keywords (指标 完成率 分值 4), as the template is written.
--- args
check t.rubric
--- file t.rubric
评分表 "缺分值" {
    总分 10
    分组 产出 {
        指标 完成率 { 目标 >= 95%; 得分 按比例 }
        指标 及时率 分值 10 { 目标 >= 95%; 得分 按比例 }
    }
}
--- stderr
t.rubric:4:12: error[E202]: indicator 完成率 has no weight
            指标 完成率 { 目标 >= 95%; 得分 按比例 }
                 ^^^^^^
help: write '指标 完成率 分值 4 { ... }' or a '分值' clause
1 error
--- status
1
