# invalid UTF-8 in a template: the byte 0xFE inside a “...” string
--- args
check t.rubric
--- file-bytes t.rubric
rubric “资金\0376管理” {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:11: error[E002]: invalid UTF-8 byte 0xFE in a string
    rubric “资金�管理” {
                ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
