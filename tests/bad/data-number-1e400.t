# a JSON number 1e400 (overflow)
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
{"抽查批次": 1e400}
--- stderr
d.json:1:14: error[E301]: real number overflow near '1e400'
    {"抽查批次": 1e400}
                     ^
1 error
--- status
1
