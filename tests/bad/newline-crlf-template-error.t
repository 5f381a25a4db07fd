# an error in a template with CRLF line endings: the right line and column, and
# no CR in the quoted source line
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {\r
    input 预算资金: number\r
    indicator 资金到位率 weight 10 {\r
        actual 预算资\r
        score judged\r
    }\r
}\r
--- stderr
t.rubric:4:16: error[E101]: unknown name '预算资'
            actual 预算资
                   ^^^^^^
help: did you mean '预算资金'?
1 error
--- status
1
