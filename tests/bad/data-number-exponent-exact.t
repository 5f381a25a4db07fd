# a JSON number with an exponent, 0.000019995e8, is read exactly: 1999.5
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
{"抽查批次": 0.000019995e8}
--- stdout
监督抽查

indicator  target  actual  weight   score
抽查批次   ≥2000   1999.5      10  9.9975
-----------------------------------------
total                          10  9.9975
grade                                  优
--- status
0
