# an indicator without a score rule
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
    }
}
--- stderr
t.rubric:2:15: error[E206]: indicator 资金到位率 has no 'score' rule
        indicator 资金到位率 weight 10 {
                  ^^^^^^^^^^
help: add e.g. 'score proportional', 'score met' or 'score judged'
1 error
--- status
1
