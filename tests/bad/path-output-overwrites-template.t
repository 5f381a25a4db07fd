# -o naming the template itself: the template is replaced by the report,
# without a warning
--- args
eval t.rubric d.json -o t.rubric
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
--- file-out t.rubric
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   1962        10   9.81
----------------------------------------
total                          10   9.81
grade                                 优
