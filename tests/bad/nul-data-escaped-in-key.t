# the data escapes a NUL, \u0000, in a key
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次\u0000": 1962}
--- stderr
d.json:1:13: error[E301]: NUL byte in object key not supported near '"抽查批次\u0000"'
    {"抽查批次\u0000": 1962}
                    ^
1 error
--- status
1
