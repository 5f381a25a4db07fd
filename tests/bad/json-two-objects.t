# two objects (NDJSON) in one file: the data goes on after its object
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
{"抽查批次": 1962}
{"抽查批次": 2000}
--- stderr
d.json:2:1: error[E301]: the data goes on after its closing '}'
    {"抽查批次": 2000}
    ^
1 error
--- status
1
