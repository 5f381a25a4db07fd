# an indicator with two target clauses
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 90%
        target >= 100%
        score met
    }
}
--- stderr
t.rubric:4:9: error[E104]: indicator 资金到位率 has two 'target' clauses
            target >= 100%
            ^^^^^^^^^^^^^^
1 error
--- status
1
