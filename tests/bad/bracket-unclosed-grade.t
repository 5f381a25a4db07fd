# a grade table's '{' is never closed
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 合同完备性 weight 4 {
        score grade { 完备: 4; 基本完备: 2; 不完备: 0
    }
}
--- stderr
t.rubric:5:2: error[E001]: unexpected end of file; expected end of line or '}'
    }
     ^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
