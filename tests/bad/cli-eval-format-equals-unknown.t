# an unknown --format=...
--- args
eval t.rubric d.json --format=csv
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962}
--- stdout
抽查批次,total,grade,errors
9.81,9.81,优,0
