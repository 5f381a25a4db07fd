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
t.rubric:3:20: error[E001]: a number is written out in digits: 'e' after it is not a unit
            target >= 1e-400
                       ^
t.rubric:3:21: error[E001]: unexpected '-'; expected end of line or '}'
            target >= 1e-400
                        ^
2 errors
--- status
1
