# indicators scored by the same library rule with arguments of the same shape
# (bounds.c keeps one analysis per shape): each keeps its own constants and
# weight, and its own diagnostics
--- args
check t.rubric
--- file t.rubric
rubric "同形的规则" {
    input 获奖数: number
    input 获奖数2: number
    indicator 获奖1 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
    indicator 获奖2 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
    indicator 获奖3 weight 5 { actual 获奖数2; score bonus 3 plus 1 per 1 cap 5 }
    indicator 获奖4 weight 8 { actual 获奖数2; score bonus 3 plus 1 per 1 cap 7 }
    indicator 获奖5 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
    indicator 扣分1 weight 3 { target <= 100%; score deduct 0.5 per 1% above 100% }
    indicator 扣分2 weight 3 { target <= 100%; score deduct 0.5 per 1% above 100% cap 2 }
    indicator 扣分3 weight 3 { target <= 100%; score deduct 0.5 per 1% above 100% }
    indicator 比例1 weight 2 { target >= 100; score proportional }
    indicator 比例2 weight 2 { target >= 200; score proportional }
    indicator 比例3 weight 2 { target >= 100; score proportional }
    indicator 达标1 weight 1 { target >= 60; score met }
    indicator 达标2 weight 1 { target >= 60; score met }
}
--- stderr
t.rubric:4:48: error[E214]: the score of 获奖1 can exceed its weight 5: the rule gives up to 7
        indicator 获奖1 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^
help: cap it, e.g. min(..., weight), or use a rule of the library such as 'score proportional'
t.rubric:5:48: error[E214]: the score of 获奖2 can exceed its weight 5: the rule gives up to 7
        indicator 获奖2 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^
help: cap it, e.g. min(..., weight), or use a rule of the library such as 'score proportional'
t.rubric:7:49: warning[W203]: full marks are unreachable: the rule of 获奖4 gives at most 7, its weight is 8
        indicator 获奖4 weight 8 { actual 获奖数2; score bonus 3 plus 1 per 1 cap 7 }
                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^
t.rubric:8:48: error[E214]: the score of 获奖5 can exceed its weight 5: the rule gives up to 7
        indicator 获奖5 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 7 }
                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^
help: cap it, e.g. min(..., weight), or use a rule of the library such as 'score proportional'
3 errors, 1 warning
--- status
1
