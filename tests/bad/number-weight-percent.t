# a weight written as a percent, 50%: accepted as 0.5 without a word
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 50% {
        target >= 2000
        score proportional
    }
}
--- status
0
