# the template's '{' is never closed
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
--- stderr
t.rubric:2:47: error[E001]: unexpected end of file; expected end of line or '}'
        indicator 资金到位率 weight 10 { score judged }
                                                       ^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
