# a key with no value before the closing brace
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
{"抽查批次": }
--- stderr
d.json:1:10: error[E301]: expected a value
    {"抽查批次": }
                 ^
1 error
--- status
1
