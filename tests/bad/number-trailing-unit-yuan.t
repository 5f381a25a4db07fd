# a target written '100元', with a space-less unit
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 100元
        score proportional
    }
}
--- stderr
t.rubric:3:22: error[E001]: unexpected name '元'
            target >= 100元
                         ^^
help: write the number alone, and its unit once, in the indicator: unit "元"
1 error
--- status
1
