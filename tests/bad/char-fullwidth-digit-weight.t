# a weight written with a full-width digit ４
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight ４ { score judged }
}
--- stderr
t.rubric:2:28: error[E001]: unexpected character '４' (U+FF14)
        indicator 资金到位率 weight ４ { score judged }
                                    ^^
1 error
--- status
1
