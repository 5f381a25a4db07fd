# invalid UTF-8 in a template: a lone continuation byte 0x80 inside a comment is
# an error at the byte, as language.md says
--- args
check t.rubric
--- file-bytes t.rubric
# 说明\0200
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:5: error[E002]: invalid UTF-8 byte 0x80 in a comment
    # 说明�
          ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
