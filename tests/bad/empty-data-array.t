# data that is an empty JSON array: a batch of no units, an error at its bracket
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
[]
--- stderr
d.json:1:1: error[E301]: no units: the array is empty
--- status
1
