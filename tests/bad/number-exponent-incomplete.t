# a number '1e' in a target
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 1e
        score proportional
    }
}
--- stderr
t.rubric:3:20: error[E001]: a number is written out in digits: 'e' after it is not a unit
            target >= 1e
                       ^
1 error
--- status
1
