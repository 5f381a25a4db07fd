# the data escapes a NUL, \u0000, in a key: the message shows the escape
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
d.json:1:2: error[E301]: the key "抽查批次\u0000" contains a NUL character (\u0000)
    {"抽查批次\u0000": 1962}
     ^^^^^^^^^^^^^^^^
1 error
--- status
1
