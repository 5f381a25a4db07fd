# a checklist's '{' is never closed
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 制度健全性 weight 4 {
        score checklist {
            财务制度: 2
            项目制度: 2
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
