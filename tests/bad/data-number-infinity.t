# 'Infinity' in the data
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
{"抽查批次": Infinity}
--- stderr
d.json:1:17: error[E301]: invalid token near 'Infinity'
    {"抽查批次": Infinity}
                        ^
1 error
--- status
1
