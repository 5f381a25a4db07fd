# a weight written '5.': one mistake, two errors
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 5. {
        target >= 2000
        score proportional
    }
}
--- stderr
t.rubric:2:28: error[E001]: unexpected character '.'
        indicator 抽查批次 weight 5. {
                                   ^
1 error
--- status
1
