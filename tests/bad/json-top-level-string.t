# a top-level string
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
"抽查批次"
--- stderr
d.json:1:6: error[E301]: '[' or '{' expected near '"抽查批次"'
    "抽查批次"
             ^
1 error
--- status
1
