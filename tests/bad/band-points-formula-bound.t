# A band whose points are a formula of the actual is proved within [0, weight]
# where the actual lies in the band, as a formula rule is (E214): here 88% gives
# 11, more than 10, and 85 - actual goes below 0.
--- args
check t.rubric
--- file t.rubric
rubric "分档里按比例" {
    indicator 满意度 weight 10 {
        target >= 90%
        score bands { >= 90%: weight; [80%, 90%): actual / 80% * weight; < 80%: 0 }
    }
    indicator 投诉数 weight 10 {
        target <= 5
        score bands { <= 5: 10; (5, 100]: 85 - actual; else: 0 }
    }
}
--- stderr
t.rubric:4:51: error[E214]: the points of this band of 满意度 can exceed its weight 10: they reach 11.25 in the band
            score bands { >= 90%: weight; [80%, 90%): actual / 80% * weight; < 80%: 0 }
                                                      ^^^^^^^^^^^^^^^^^^^^^
help: cap them, e.g. min(..., weight); a value past the weight leaves the unit's row pending when it is scored
t.rubric:8:43: error[E214]: the points of this band of 投诉数 can exceed its weight 10: they reach 80 in the band
            score bands { <= 5: 10; (5, 100]: 85 - actual; else: 0 }
                                              ^^^^^^^^^^^
help: cap them, e.g. min(..., weight); a value past the weight leaves the unit's row pending when it is scored
t.rubric:8:43: error[E214]: the points of this band of 投诉数 can be below 0: they reach -15 in the band
            score bands { <= 5: 10; (5, 100]: 85 - actual; else: 0 }
                                              ^^^^^^^^^^^
help: floor them, e.g. max(0, ...)
3 errors
--- status
1
