# a target written '2,000'
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2,000
        score proportional
    }
}
--- stderr
t.rubric:3:20: error[E001]: unexpected ','
            target >= 2,000
                       ^
help: a number is written without thousands separators: 2000, not 2,000
1 error
--- status
1
