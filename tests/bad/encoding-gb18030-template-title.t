# a template saved as GB18030 whose only Chinese is the title: the error points
# at the string and has no iconv help line
--- args
check t.rubric
--- file-bytes t.rubric
rubric "\0327\0312\0275\0360\0271\0334\0300\0355" {
    indicator a weight 10 { score judged }
}
--- stderr
t.rubric:1:9: error[E002]: invalid UTF-8 byte 0xD7 in a string
    rubric "�ʽ�����" {
            ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
