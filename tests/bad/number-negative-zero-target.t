# a target of -0 is 0: accepted
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= -0
        score proportional
    }
}
--- status
0
