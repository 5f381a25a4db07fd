# a NUL byte inside the title string of a template: an error at the byte
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金\0000管理" {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:11: error[E001]: a NUL byte in a string
    rubric "资金 管理" {
                ^
1 error
--- status
1
