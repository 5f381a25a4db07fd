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
d.json:1:7: error[E301]: unable to decode byte 0xd3 near '"'
    {"q": "����"}
          ^
help: the data must be UTF-8; a file saved by Chinese Excel is often GB18030
1 error
--- status
1
