# an unterminated `...` quoted name, followed by a second error
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator `资金到位率 weight 10 {
        score judged
    }
}
--- stderr
t.rubric:2:15: error[E001]: unterminated quoted name
        indicator `资金到位率 weight 10 {
                  ^^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
