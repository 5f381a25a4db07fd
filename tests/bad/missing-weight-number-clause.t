# a 'weight' clause without its number
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 {
        weight
        score judged
    }
}
--- stderr
t.rubric:3:15: error[E001]: unexpected end of line
            weight
                  ^
1 error
--- status
1
