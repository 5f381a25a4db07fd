# a raw NUL byte inside a string value of the data: a control character
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file-bytes d.json
{"抽查批次": "19\000062"}
--- stderr
d.json:1:13: error[E301]: a control character (U+0000) in a string must be escaped
    {"抽查批次": "19 62"}
                    ^
help: write it as \u0000
1 error
--- status
1
