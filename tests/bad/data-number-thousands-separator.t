# a thousands separator, "1,962", as a spreadsheet formats it: read as 1962,
# by the rule of a CSV cell (every group after the first of three)
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
{"抽查批次": "1,962"}
--- stdout
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   1962        10   9.81
----------------------------------------
total                          10   9.81
grade                                 优
