# invalid UTF-8 in a template: a lone continuation byte 0x80 inside the title string
# (the message points at the string, not at the byte, and has no iconv help line)
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金\0200管理" {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:11: error[E002]: invalid UTF-8 byte 0x80 in a string
    rubric "资金�管理" {
                ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
