# "$published" that is a number instead of an object
--- args
eval t.rubric d.json --verify
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962, "$published": 9.8}
--- stderr
d.json:1:16: error[E302]: $published must be an object: {"total": N, "grade": "..."}
    {"抽查批次": 1962, "$published": 9.8}
                       ^^^^^^^^^^^^
1 error
--- status
1
