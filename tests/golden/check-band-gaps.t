# one warning lists every gap of a band table: points, intervals and the values above the last band
--- args
check gaps.rubric
--- file gaps.rubric
rubric "分档缺口" {
    indicator 资金到位率 weight 4 {
        target = 100%
        score bands {
            [100%, 120%]: 4
            (90%, 100%): 3
            [60%, 80%): 2
            [0, 60%): 0
        }
    }
    indicator 满意度 weight 4 {
        score bands { [95%, inf): 4; (85%, 95%): 3; [0, 85%): 1 }
    }
}
--- stderr
gaps.rubric:6:13: warning[W201]: [80%, 90%] and values above 120% fall in no band of 资金到位率
                (90%, 100%): 3
                ^^^^^^^^^^^
help: a unit's value there is an error on its row, which is left pending (待核实); where the published standard leaves it out, keep the bands as published and allow this with the reason: # rubric: allow W201 ...
gaps.rubric:12:38: warning[W201]: 85% falls in no band of 满意度
            score bands { [95%, inf): 4; (85%, 95%): 3; [0, 85%): 1 }
                                         ^^^^^^^^^^
help: a unit's value there is an error on its row, which is left pending (待核实); where the published standard leaves it out, keep the bands as published and allow this with the reason: # rubric: allow W201 ...
2 warnings
--- status
0
