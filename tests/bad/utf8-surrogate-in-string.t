# invalid UTF-8 in a template: a surrogate (ED B0 80, U+DC00) inside a string
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        note "说明\0355\0260\0200"
        score judged
    }
}
--- stderr
t.rubric:3:17: error[E002]: invalid UTF-8 byte 0xED in a string
            note "说明���"
                      ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
