# an indicator without a weight: E202, then three E215 about grades that the
# template does not have
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 {
        score judged
    }
}
--- stderr
t.rubric:2:15: error[E202]: indicator 资金到位率 has no weight
        indicator 资金到位率 {
                  ^^^^^^^^^^
help: write 'indicator 资金到位率 weight 4 { ... }' or a 'weight' clause
1 error
--- status
1
