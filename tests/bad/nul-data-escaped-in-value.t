# the data escapes a NUL, \u0000, at the end of a number string: refused, the
# message showing the escape (the value is not read as "1962")
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
d.json:1:10: error[E301]: the string "1962\u0000" contains a NUL character (\u0000)
    {"抽查批次": "1962\u0000"}
                 ^^^^^^^^^^^^
1 error
--- status
1
