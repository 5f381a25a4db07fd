# a chained comparison 'a < x < b' (a syntax error): no hint to write 'and'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score if 90% < actual < 100% then 5 else 0
    }
}
--- stderr
t.rubric:4:31: error[E001]: unexpected '<'
            score if 90% < actual < 100% then 5 else 0
                                  ^
1 error
--- status
1
