# a row's score written with an exponent of 9999: too long to read exactly
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
{"抽查批次": {"actual": 1962, "score": 1e9999}}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: the number 1e9999 is too long to read exactly (more than 4096 digits written out)
    {"抽查批次": {"actual": 1962, "score": 1e9999}}
     ^^^^^^^^^^
1 error
--- status
1
