# an unknown --format=...
--- args
eval t.rubric d.json --format=pdf
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962}
--- stderr
rubric: unknown format 'pdf' (use text, json, xlsx, html, md, csv or ndjson)
--- status
2
