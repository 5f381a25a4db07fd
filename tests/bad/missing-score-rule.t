# 'score' without a rule, at the end of its line
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score
    }
}
--- stderr
t.rubric:4:5: error[E001]: unexpected '}'
        }
        ^
1 error
--- status
1
