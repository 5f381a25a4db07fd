# a target written with its unit, '2000批次'
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000批次
        score proportional
    }
}
--- stderr
t.rubric:3:23: error[E001]: unexpected name '批次'
            target >= 2000批次
                          ^^^^
help: write the number alone, and its unit once, in the indicator: unit "批次"
1 error
--- status
1
