# a template with CRLF line endings is read as with LF
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {\r
    indicator 资金到位率 weight 10 {\r
        score judged\r
    }\r
}\r
--- status
0
