# data saved as GB18030: the JSON reader's message at its place, with a hint
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" { group g { indicator a weight 1 { target "å¥½"; score met } } }
--- file d.json
{"a": "²â"}
--- stderr
d.json:1:7: error[E301]: unable to decode byte 0xb2 near '"'
    {"a": "ï¿½ï¿½"}
          ^
help: the data must be UTF-8; a file saved by Chinese Excel is often GB18030
1 error
--- status
1
