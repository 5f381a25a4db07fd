# an unterminated “...” descriptive target
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 制度健全性 weight 10 {
        target “健全
        score judged
    }
}
--- stderr
t.rubric:3:16: error[E001]: unterminated string
            target “健全
                   ^^^^^
1 error
--- status
1
