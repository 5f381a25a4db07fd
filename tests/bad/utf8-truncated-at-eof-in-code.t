# invalid UTF-8 in a template: the file ends in the middle of a three-byte
# sequence (E9 87 of 金), after the template, without a final newline
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
\0351\0207\c
--- stderr
t.rubric:4:1: error[E002]: invalid UTF-8 byte 0xE9
    ��
    ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
