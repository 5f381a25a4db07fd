# the JSON number 1999.99999999999999 (more than 15 significant digits) is read
# exactly from its digits, as a string would be: just under full marks (≈10), not
# rounded to 2000
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
{"抽查批次": 1999.99999999999999}
--- stdout
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   ≈2000       10    ≈10
----------------------------------------
total                          10    ≈10
grade                                 优
--- status
0
