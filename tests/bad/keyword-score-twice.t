# an indicator with two score clauses
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score proportional
        score met
    }
}
--- stderr
t.rubric:5:9: error[E104]: indicator 资金到位率 has two 'score' clauses
            score met
            ^^^^^^^^^
1 error
--- status
1
