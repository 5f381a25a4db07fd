# invalid UTF-8 in the data: a key cut short (E7 94 of 甲, then the quote)
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file-bytes d.json
{"\0347\0224": 90}
--- stderr
d.json:1:2: error[E301]: unable to decode byte 0xe7 near '"'
    {"��": 90}
     ^
help: the data must be UTF-8; a file saved by Chinese Excel is often GB18030
1 error
--- status
1
