# a byte order mark at the start of a later line (two files pasted together) is
# read as white space
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
\0357\0273\0277    indicator 资金到位率 weight 10 { score judged }
}
--- status
0
