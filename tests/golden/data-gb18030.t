# data saved as GB18030: the JSON reader's message at its place, with a hint
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" { group g { indicator a weight 1 { target "å¥½"; score met } } }
--- file d.json
{"a": "²â"}
--- stderr
d.json:1:8: error[E301]: invalid UTF-8 byte 0xB2
    {"a": "ï¿½ï¿½"}
           ^
help: data files are UTF-8, and Chinese Excel often saves GB18030: convert it with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
