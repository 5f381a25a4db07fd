# a NUL byte inside a comment: an error at the byte
--- args
check t.rubric
--- file-bytes t.rubric
# 说明\0000
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:5: error[E001]: a NUL byte in a comment
    # 说明 
          ^
1 error
--- status
1
