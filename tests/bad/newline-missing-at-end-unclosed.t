# a template without a final newline and without its last '}': both '{' are on
# line 1, and the help names the line only
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" { indicator 资金到位率 weight 10 { score judged }\c
--- stderr
t.rubric:1:59: error[E001]: unexpected end of file; expected end of line or '}'
    rubric "资金管理" { indicator 资金到位率 weight 10 { score judged }
                                                                       ^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
