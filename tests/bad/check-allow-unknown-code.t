# --allow takes warning codes: E201 is an error, which cannot be allowed, and
# W999 is no code of rubric.
--- args
check --allow W999 t.rubric
--- file t.rubric
rubric "照录原表" {
    total 8
    indicator 资金到位率 weight 4 {
        target 100%
        score bands {
            100%以上: 4
            (90%, 100%): 3
            # rubric: allow W201 公布的评分标准如此：大于80%、低于80%，80%本身不在其中
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
rubric: W999 is not a warning code of rubric (see docs/diagnostics.md)
--- status
2
