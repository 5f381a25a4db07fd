# a template whose clauses are separated by a lone CR: they run together into
# one statement, and the error does not say why
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {\r        target >= 100%\r        score proportional\r    }
}
--- stderr
t.rubric:2:64: error[E001]: unexpected 'score'
        indicator 资金到位率 weight 10 {         target >= 100%         score proportional     }
                                                                        ^^^^^
help: a ';' or a new line is missing before 'score'
1 error
--- status
1
