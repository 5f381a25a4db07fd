# an empty `` quoted name
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator `` weight 10 { score judged }
}
--- stderr
t.rubric:2:15: error[E001]: empty quoted name
        indicator `` weight 10 { score judged }
                  ^^
1 error
--- status
1
