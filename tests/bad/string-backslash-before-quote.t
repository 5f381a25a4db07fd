# a string ending in a backslash (a Windows path), which escapes the closing quote
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        note "见 D:\评价\"
        score judged
    }
}
--- stderr
t.rubric:3:14: error[E001]: unterminated string
            note "见 D:\评价\"
                 ^^^^^^^^^^^^^
1 error
--- status
1
