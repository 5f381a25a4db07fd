# a full-width plus sign, "＋1962": read as +1962
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
{"抽查批次": "＋1962"}
--- stdout
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   1962        10   9.81
----------------------------------------
total                          10   9.81
grade                                 优
