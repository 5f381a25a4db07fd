# a template whose lines end in a lone CR (old Mac): the whole file is one
# line, and it happens to parse as one
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {\r    indicator 资金到位率 weight 10 { score judged }\r}\r\c
--- status
0
