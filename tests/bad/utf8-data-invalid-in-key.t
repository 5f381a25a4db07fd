# invalid UTF-8 in the data: a key cut short (E7 94 of 甲, then the quote); the
# caret is on the first bad byte
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file-bytes d.json
{"\0347\0224": 90}
--- stderr
d.json:1:3: error[E301]: invalid UTF-8 byte 0xE7
    {"��": 90}
      ^
help: data files are UTF-8, and Chinese Excel often saves GB18030: convert it with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
