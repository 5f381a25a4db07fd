# a group's '{' is never closed: the help names the template's '{' of line 1,
# not the group's of line 2
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    group 投入 {
        indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:4:2: error[E001]: unexpected end of file; expected end of line or '}'
    }
     ^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
