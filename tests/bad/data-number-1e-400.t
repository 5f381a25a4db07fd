# a JSON number 1e-400 is read exactly (a tiny positive number), not as 0
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
{"抽查批次": 1e-400}
--- stdout
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   ≈0          10     ≈0
----------------------------------------
total                          10     ≈0
grade                                 差
--- status
0
