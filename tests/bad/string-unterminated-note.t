# an unterminated "..." note in an indicator; the next lines are read as usual
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        note "实际到位资金/预算资金
        score judged
    }
}
--- stderr
t.rubric:3:14: error[E001]: unterminated string
            note "实际到位资金/预算资金
                 ^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
