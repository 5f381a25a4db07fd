# a target written '2000批次' in an indicator whose unit is 次: the units
# must agree
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        unit "次"
        target >= 2000批次
        score proportional
    }
}
--- stderr
t.rubric:4:23: error[E216]: indicator 抽查批次: the target is in 批次, but its unit is "次": write the target in 次, or change the unit
            target >= 2000批次
                          ^^^^
1 error
--- status
1
