# a template saved as GB18030 whose only Chinese is a comment: the comment's
# first bad byte is an error, with the iconv help
--- args
check t.rubric
--- file-bytes t.rubric
# \0327\0312\0275\0360\0265\0275\0316\0273\0302\0312\0243\0272\0312\0265\0274\0312\0265\0275\0316\0273\0327\0312\0275\0360/\0324\0244\0313\0343\0327\0312\0275\0360
rubric "x" {
    indicator a weight 10 { score judged }
}
--- stderr
t.rubric:1:3: error[E002]: invalid UTF-8 byte 0xD7 in a comment
    # �ʽ���λ�ʣ�ʵ�ʵ�λ�ʽ�/Ԥ���ʽ�
      ^
help: templates are UTF-8; convert a GB18030 file with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
