# a key that is the empty string: shown as ""; no did-you-mean
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
{"": 1962, "抽查批次": 1962}
--- stderr
d.json:1:2: error[E304]: the template has no input or indicator called ""
    {"": 1962, "抽查批次": 1962}
     ^^
1 error
--- status
1
