# LC_MESSAGES=zh_CN.UTF-8 selects Chinese too, whether or not the locale is installed
--- args
check --werror t.rubric
--- env
LC_ALL=
LC_MESSAGES=zh_CN.UTF-8
--- file t.rubric
rubric "分值与得分" {
    total 20
    input 实际到位资金: number
    input 预算资金: number
    input 获奖数: number
    indicator 资金到位率 weight 4 {
        actual 实际到位资金 / 预算资金
        target >= 100%
        score actual / target * weight
    }
    indicator 获奖情况 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
    indicator 问题数 weight 5 { score weight - actual }
    indicator 及时性 weight 6 { target >= 3; score if actual >= target then 5 else actual }
}
--- stderr
t.rubric:9:15: 错误[E214]: 资金到位率 的得分可能超过其分值 4：评分规则没有上限
            score actual / target * weight
                  ^^^^^^^^^^^^^^^^^^^^^^^^
提示: 请设上限，例如 min(..., weight)，或使用标准库中的规则，如 'score proportional'
t.rubric:11:49: 错误[E214]: 获奖情况 的得分可能超过其分值 5：评分规则最高给 7 分
        indicator 获奖情况 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^
提示: 请设上限，例如 min(..., weight)，或使用标准库中的规则，如 'score proportional'
t.rubric:12:36: 错误[E214]: 问题数 的得分可能低于 0：评分规则没有下限
        indicator 问题数 weight 5 { score weight - actual }
                                          ^^^^^^^^^^^^^^^
提示: 请设下限，例如 max(0, ...)
t.rubric:13:49: 错误[W203]: 无法得到满分：及时性 的评分规则最多给 5 分，其分值为 6
        indicator 及时性 weight 6 { target >= 3; score if actual >= target then 5 else actual }
                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
4 个错误
--- status
1
