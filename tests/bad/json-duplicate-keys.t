# the same key twice: the message names the key and the line of the first
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
{"抽查批次": 1962, "抽查批次": 2000}
--- stderr
d.json:1:16: error[E301]: the key "抽查批次" is given twice: first on line 1
    {"抽查批次": 1962, "抽查批次": 2000}
                       ^^^^^^^^^^
1 error
--- status
1
