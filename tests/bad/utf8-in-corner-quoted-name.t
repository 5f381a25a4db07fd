# invalid UTF-8 in a template: a byte 0x80 inside a 「quoted」 name
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 「资金\0200到位率」 weight 10 { score judged }
}
--- stderr
t.rubric:2:18: error[E002]: invalid UTF-8 byte 0x80 in a name
        indicator 「资金�到位率」 weight 10 { score judged }
                        ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
