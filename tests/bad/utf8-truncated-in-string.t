# invalid UTF-8 in a template: a string holding a truncated sequence (E9 87, 金
# without its last byte) right before the closing quote
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资\0351\0207" {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:10: error[E002]: invalid UTF-8 byte 0xE9 in a string
    rubric "资��" {
              ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
