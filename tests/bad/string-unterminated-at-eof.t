# an unterminated string at the very end of a file without a final newline
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        note "实际到位资金\c
--- stderr
t.rubric:3:14: error[E001]: unterminated string
            note "实际到位资金
                 ^^^^^^^^^^^^^
1 error
--- status
1
