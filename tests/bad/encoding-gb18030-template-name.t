# a template saved as GB18030: 资金 (D7 CA BD F0) in a name; CA BD happens to be
# valid UTF-8 (U+02BD), so the two errors point at D7 and F0
--- args
check t.rubric
--- file-bytes t.rubric
rubric "x" {
    indicator \0327\0312\0275\0360 weight 10 { score judged }
}
--- stderr
t.rubric:2:15: error[E002]: invalid UTF-8 byte 0xD7
        indicator �ʽ� weight 10 { score judged }
                  ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
t.rubric:2:17: error[E002]: invalid UTF-8 byte 0xF0
        indicator �ʽ� weight 10 { score judged }
                    ^
2 errors
--- status
1
