# a template without a final newline is read as usual
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}\c
--- status
0
