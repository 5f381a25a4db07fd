# 'weight 4' written after the rule, on the score's line
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 4 {
        target >= 100%
        score proportional weight 4
    }
}
--- stderr
t.rubric:4:28: error[E001]: unexpected 'weight'; expected end of line or '}'
            score proportional weight 4
                               ^^^^^^
help: a ';' or a new line is missing before 'weight'
1 error
--- status
1
