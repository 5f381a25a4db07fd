# an indicator without a name: 'weight' is taken as its name
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator weight 10 { score judged }
}
--- stderr
t.rubric:2:22: error[E001]: unexpected number '10'; expected 'weight' or '{'
        indicator weight 10 { score judged }
                         ^^
1 error
--- status
1
