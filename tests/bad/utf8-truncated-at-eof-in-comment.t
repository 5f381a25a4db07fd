# invalid UTF-8 in a template: a last comment cut in the middle of a character
# (E9 87 of 金), without a final newline: an error at the first bad byte
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
# 资\0351\0207\c
--- stderr
t.rubric:4:4: error[E002]: invalid UTF-8 byte 0xE9 in a comment
    # 资��
        ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
