# invalid UTF-8 on two lines of one template: the iconv help is given once; the
# second bad byte is currently not reported at all
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金\0200 weight 5 { score judged }
    indicator 预算\0201 weight 5 { score judged }
}
--- stderr
t.rubric:2:17: error[E002]: invalid UTF-8 byte 0x80
        indicator 资金� weight 5 { score judged }
                      ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
t.rubric:3:17: error[E002]: invalid UTF-8 byte 0x81
        indicator 预算� weight 5 { score judged }
                      ^
2 errors
--- status
1
