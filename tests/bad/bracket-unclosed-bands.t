# a bands table's '{' is never closed: the help names line 1
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score bands {
            [100%, inf): 10
            else: 0
    }
}
--- stderr
t.rubric:7:2: error[E001]: unexpected end of file; expected end of line or '}'
    }
     ^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
