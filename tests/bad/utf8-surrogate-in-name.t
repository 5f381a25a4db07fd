# invalid UTF-8 in a template: a UTF-16 surrogate (U+D800 as ED A0 80, as CESU-8
# writes it) inside a name
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金\0355\0240\0200到位率 weight 10 { score judged }
}
--- stderr
t.rubric:2:17: error[E002]: invalid UTF-8 byte 0xED
        indicator 资金���到位率 weight 10 { score judged }
                      ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
