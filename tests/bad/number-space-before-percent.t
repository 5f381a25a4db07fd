# a target written '95 %': the help says to write 95%
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 95 %
        score proportional
    }
}
--- stderr
t.rubric:3:22: error[E001]: unexpected character '%'
            target >= 95 %
                         ^
help: write 95%, without the space before the percent sign
1 error
--- status
1
