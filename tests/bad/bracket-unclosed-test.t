# a test block's '{' is never closed
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
    test "一" {
        given { 资金到位率: 8 }
        expect { 资金到位率: 8 }
}
--- stderr
t.rubric:6:2: error[E001]: unexpected end of file; expected end of line or '}'
    }
     ^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
