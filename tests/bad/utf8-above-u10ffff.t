# invalid UTF-8 in a template: F4 90 80 80 would be U+110000, above the last code
# point: one error for the run of bad bytes
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金\0364\0220\0200\0200到位率 weight 10 { score judged }
}
--- stderr
t.rubric:2:17: error[E002]: invalid UTF-8 byte 0xF4
        indicator 资金����到位率 weight 10 { score judged }
                      ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
