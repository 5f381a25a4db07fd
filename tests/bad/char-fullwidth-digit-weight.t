# a weight written with a full-width digit ４: the help gives it in ASCII
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight ４ { score judged }
}
--- stderr
t.rubric:2:28: error[E001]: full-width digits '４'
        indicator 资金到位率 weight ４ { score judged }
                                    ^^
help: numbers in a template are written with ASCII digits: 4
1 error
--- status
1
