# invalid UTF-8 in a template: a name that is the single byte 0xFF
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator \0377 weight 10 { score judged }
}
--- stderr
t.rubric:2:15: error[E002]: invalid UTF-8 byte 0xFF
        indicator � weight 10 { score judged }
                  ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
