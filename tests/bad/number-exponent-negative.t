# a number with a negative exponent, 1e-400
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 1e-400
        score proportional
    }
}
--- stderr
t.rubric:3:20: error[E001]: unexpected name 'e'
            target >= 1e-400
                       ^
1 error
--- status
1
