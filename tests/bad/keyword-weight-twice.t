# an indicator's weight given after its name and again as a clause
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        weight 10
        score judged
    }
}
--- stderr
t.rubric:3:9: error[E104]: indicator 资金到位率 has two 'weight' clauses
            weight 10
            ^^^^^^^^^
1 error
--- status
1
