# A comment that allows a warning without saying why allows nothing: the
# reason is what a reviewer reads.
--- args
check t.rubric
--- file t.rubric
rubric "照录原表" {
    total 8
    indicator 资金到位率 weight 4 {
        target 100%
        score bands {
            100%以上: 4
            (90%, 100%): 3
            # rubric: allow W201
            (80%, 90%]: 2
            低于 80%: 0
        }
    }
    indicator 满意度 weight 4 {
        target >= 90%
        score bands { >= 90%: 4; [60%, 90%): 2 }
    }
}
--- stderr
t.rubric:9:13: warning[W201]: 80% falls in no band of 资金到位率
                (80%, 90%]: 2
                ^^^^^^^^^^
help: the comment that allows W201 here gives no reason, and so allows nothing: write it after the code (# rubric: allow W201 公布的评分标准如此)
help: a unit's value there is an error on its row, which is left pending (待核实); where the published standard leaves it out, keep the bands as published and allow this with the reason: # rubric: allow W201 ...
t.rubric:15:34: warning[W201]: [0%, 60%) falls in no band of 满意度
            score bands { >= 90%: 4; [60%, 90%): 2 }
                                     ^^^^^^^^^^
help: a unit's value there is an error on its row, which is left pending (待核实); where the published standard leaves it out, keep the bands as published and allow this with the reason: # rubric: allow W201 ...
2 warnings
