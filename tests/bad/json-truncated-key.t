# data cut off inside a key
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
{"抽查批\c
--- stderr
d.json:1:2: error[E301]: the data ends inside a string: its closing '"' is missing
    {"抽查批
     ^^^^^^^
1 error
--- status
1
