# a UTF-8 byte order mark at the start of a template is ignored
--- args
check t.rubric
--- file-bytes t.rubric
\0357\0273\0277rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
--- status
0
