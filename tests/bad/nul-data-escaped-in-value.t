# the data escapes a NUL, \u0000, at the end of a number string: the message
# quotes the value without it ("1962" is not a number)
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
{"抽查批次": "1962\u0000"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "1962" is not a number
    {"抽查批次": "1962\u0000"}
     ^^^^^^^^^^
1 error
--- status
1
