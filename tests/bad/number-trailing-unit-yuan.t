# a target written '100元', with its unit, in an indicator whose unit is
# 万元: an error naming both units
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        unit "万元"
        target >= 100元
        score proportional
    }
}
--- stderr
t.rubric:4:22: error[E216]: indicator 抽查批次: the target is in 元, but its unit is "万元": write the target in 万元, or change the unit
            target >= 100元
                         ^^
1 error
--- status
1
