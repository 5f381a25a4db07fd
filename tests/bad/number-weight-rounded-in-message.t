# a weight of 3.3333333 under a total of 4: the E201 message rounds both
# numbers to 6 decimals without marking them approximate
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    total 4
    indicator 抽查批次 weight 3.3333333 {
        target >= 2000
        score proportional
    }
}
--- stderr
t.rubric:2:11: error[E201]: the weights add up to ≈3.333333, ≈0.666667 short of the total 4
        total 4
              ^
1 error
--- status
1
