# a weight written as a percent, 50%: an error (it would weigh 0.5 of a point),
# whose help gives it in points
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
1
--- stderr
t.rubric:2:27: error[E203]: weight 50% is a percent, but a weight is a number of points (分值)
        indicator 抽查批次 weight 50% {
                                  ^^^
help: write it in points: weight 50, if the table counts 100 points
1 error
