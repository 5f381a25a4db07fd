# check accepts a stated total or group weight its rows do not add up to: the
# transcribed table's own figures are audit findings, not errors.
--- args
check t.rubric
--- file t.rubric
rubric "转录的自评表" {
    total 100 stated
    group 产出 weight 60 公布 {
        indicator 甲 weight 40 { target >= 100; score proportional }
        indicator 乙 weight 30 { target >= 100; score proportional }
    }
    group 效益 weight 40 stated {
        indicator 丙 weight 40 { target >= 100; score proportional }
    }
}
