# a group inside an indicator: the help suggests a missing '}', and a second
# error follows at the last line
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        group 投入 { }
        score judged
    }
}
--- stderr
t.rubric:3:9: error[E001]: unexpected 'group'
            group 投入 { }
            ^^^^^
help: is a '}' missing? '{' at line 2 is still open
t.rubric:6:1: error[E001]: unexpected '}'; expected end of file or end of line
    }
    ^
2 errors
--- status
1
