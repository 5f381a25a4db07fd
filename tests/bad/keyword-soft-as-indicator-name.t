# a soft keyword ('score') as an indicator's name is accepted
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator score weight 10 { score judged }
}
--- status
0
