# 'NaN' in the data
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
{"抽查批次": NaN}
--- stderr
d.json:1:12: error[E301]: invalid token near 'NaN'
    {"抽查批次": NaN}
                   ^
1 error
--- status
1
