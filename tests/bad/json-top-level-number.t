# a top-level number: the data must be an object
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
1962
--- stderr
d.json:1:1: error[E301]: the data must be a JSON object of input names and values, not a number
    1962
    ^^^^
1 error
--- status
1
