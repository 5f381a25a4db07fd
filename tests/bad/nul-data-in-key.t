# a raw NUL byte inside a key of the data: a control character
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
{"抽查批次\0000": 1962}
--- stderr
d.json:1:7: error[E301]: a control character (U+0000) in a string must be escaped
    {"抽查批次 ": 1962}
              ^
help: write it as \u0000
1 error
--- status
1
