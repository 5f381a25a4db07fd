# a score that divides by the number 0: rubric check reports it (E305)
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score 10 / 0
    }
}
--- stderr
t.rubric:3:15: error[E305]: this divides by 0
            score 10 / 0
                  ^^^^^^
1 error
--- status
1
