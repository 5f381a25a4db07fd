# a file that is only 'rubric "x', without a final newline
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理\c
--- stderr
t.rubric:1:8: error[E001]: unterminated string
    rubric "资金管理
           ^^^^^^^^^
1 error
--- status
1
