# '--' before the file: not understood as the end of the options
--- args
check -- t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962}
--- status
0
