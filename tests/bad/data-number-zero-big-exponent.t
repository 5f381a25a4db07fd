# a zero with an exponent of any size (0e5000, -0.000E-99999, 0.0e+12) is 0; it
# was refused as having more than 4096 digits written out
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
    indicator 抽查批次二 weight 10 {
        target >= 2000
        score proportional
    }
    indicator 抽查批次三 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 0e5000, "抽查批次二": -0.000E-99999, "抽查批次三": 0.0e+12}
--- stdout
监督抽查

indicator   target  actual  weight  score
抽查批次    ≥2000   0           10      0
抽查批次二  ≥2000   0           10      0
抽查批次三  ≥2000   0           10      0
-----------------------------------------
total                           30      0
grade                                  差
--- status
0
