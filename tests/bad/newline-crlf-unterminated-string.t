# an unterminated string in a template with CRLF line endings: the CR is not
# part of the underlined string
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {\r
    indicator 资金到位率 weight 10 {\r
        note "说明\r
        score judged\r
    }\r
}\r
--- stderr
t.rubric:3:14: error[E001]: unterminated string
            note "说明
                 ^^^^^
1 error
--- status
1
