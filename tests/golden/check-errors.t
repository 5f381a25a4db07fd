# a misspelled input and weights that do not add up: all errors, positioned, exit 1
--- args
check t.rubric
--- file t.rubric
rubric "坏的" {
    total 100
    input 实际在编人数: number
    input 核定在编人数: number
    group 投入 weight 12 {
        indicator 人员控制率 weight 3 {
            actual 实际在编人数 / 核定在编数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
        indicator 资金到位率 weight 4 {
            target >= 100%
            score proportional
        }
    }
}
--- stderr
t.rubric:5:21: error[E201]: the weights in group 投入 add up to 7, 5 short of its weight 12
        group 投入 weight 12 {
                          ^^
t.rubric:2:11: error[E201]: the weights add up to 12, 88 short of the total 100
        total 100
              ^^^
t.rubric:7:29: error[E101]: unknown name '核定在编数'
                actual 实际在编人数 / 核定在编数
                                      ^^^^^^^^^^
help: did you mean '核定在编人数'?
3 errors
--- status
1
