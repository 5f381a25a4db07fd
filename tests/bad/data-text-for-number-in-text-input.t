# a number where a text input is expected
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    input 备注: text
    indicator 甲 weight 10 { score if 备注 = "无" then 10 else 0 }
}
--- file d.json
{"备注": 5}
--- stderr
d.json:1:2: error[E302]: input 备注: expected text, got a number
    {"备注": 5}
     ^^^^^^
1 error
--- status
1
