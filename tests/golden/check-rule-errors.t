# proportional and met without a target (one error each), lists compared, round() digits not a whole number
--- args
check t.rubric
--- file t.rubric
rubric "regressions" {
    input 清单甲: list
    input 清单乙: list
    group g {
        indicator 评 weight 4 { score judged 1 .. 4 }
        indicator 比 weight 2 { score proportional }
        indicator 达 weight 2 { score met }
        indicator 列 weight 1 { score if 清单甲 = 清单乙 then 1 else 0 }
        indicator 舍 weight 1 { score round(1 / 3, 2.5) }
    }
}
--- stderr
t.rubric:6:38: error[E208]: 'proportional' needs a target with >= or <= (indicator 比)
            indicator 比 weight 2 { score proportional }
                                          ^^^^^^^^^^^^
help: write e.g. 'target >= 2000' (full marks at or above it) or 'target <= 100%' (full marks at or below it)
t.rubric:7:38: error[E208]: 'met' needs a target (indicator 达)
            indicator 达 weight 2 { score met }
                                          ^^^
t.rubric:8:41: error[E106]: '=' cannot compare lists
            indicator 列 weight 1 { score if 清单甲 = 清单乙 then 1 else 0 }
                                             ^^^^^^^^^^^^^^^
t.rubric:9:51: error[E111]: the digits of round() must be a whole number from 0 to 30
            indicator 舍 weight 1 { score round(1 / 3, 2.5) }
                                                       ^^^
4 errors
--- status
1
