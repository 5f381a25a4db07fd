# a raw tab inside a string: a control character, to be written \t or \u0009
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
{"抽查批次": "19\t62"}
--- stderr
d.json:1:13: error[E301]: a control character (U+0009) in a string must be escaped
    {"抽查批次": "19    62"}
                    ^^^^
help: write it as \u0009
1 error
--- status
1
