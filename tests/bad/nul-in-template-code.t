# a NUL byte between two tokens of a template
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率\0000 weight 10 { score judged }
}
--- stderr
t.rubric:2:20: error[E001]: unexpected control character 0x00
        indicator 资金到位率  weight 10 { score judged }
                            ^
1 error
--- status
1
