# data saved as GB18030 whose keys are ASCII: the value "优秀" of a grade
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    indicator q weight 10 { score grade { 优秀: 10; 合格: 6; 不合格: 0 } }
}
--- file-bytes d.json
{"q": "\0323\0305\0320\0343"}
--- stderr
d.json:1:8: error[E301]: invalid UTF-8 byte 0xD3
    {"q": "����"}
           ^
help: data files are UTF-8, and Chinese Excel often saves GB18030: convert it with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
