# a trailing comma: the caret is on the comma
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
{"抽查批次": 1962,}
--- stderr
d.json:1:14: error[E301]: a comma after the last value: JSON allows none before '}'
    {"抽查批次": 1962,}
                     ^
1 error
--- status
1
