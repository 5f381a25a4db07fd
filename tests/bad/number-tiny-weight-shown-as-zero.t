# a weight of 0.0000001: the E201 message says the weights add up to 0
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    total 4
    indicator 抽查批次 weight 0.0000001 {
        target >= 2000
        score proportional
    }
}
--- stderr
t.rubric:2:11: error[E201]: the weights add up to ≈0, ≈4 short of the total 4
        total 4
              ^
1 error
--- status
1
