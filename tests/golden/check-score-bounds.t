# score rules are proved to stay within [0, weight] (E214) and to reach it (W203)
--- args
check t.rubric
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
t.rubric:9:15: error[E214]: the score of 资金到位率 can exceed its weight 4: the rule has no upper bound
            score actual / target * weight
                  ^^^^^^^^^^^^^^^^^^^^^^^^
help: cap it, e.g. min(..., weight), or use a rule of the library such as 'score proportional'
t.rubric:11:49: error[E214]: the score of 获奖情况 can exceed its weight 5: the rule gives up to 7
        indicator 获奖情况 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^
help: cap it, e.g. min(..., weight), or use a rule of the library such as 'score proportional'
t.rubric:12:36: error[E214]: the score of 问题数 can be below 0: the rule has no lower bound
        indicator 问题数 weight 5 { score weight - actual }
                                          ^^^^^^^^^^^^^^^
help: floor it, e.g. max(0, ...)
t.rubric:13:49: warning[W203]: full marks are unreachable: the rule of 及时性 gives at most 5, its weight is 6
        indicator 及时性 weight 6 { target >= 3; score if actual >= target then 5 else actual }
                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
3 errors, 1 warning
--- status
1
