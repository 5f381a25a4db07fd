# a NUL byte inside a `quoted` name: an error at the byte (it used to be kept
# in the name, which no data key could match)
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator `资金\0000到位率` weight 10 { score judged }
}
--- stderr
t.rubric:2:18: error[E001]: a NUL byte in a name
        indicator `资金 到位率` weight 10 { score judged }
                       ^
1 error
--- status
1
