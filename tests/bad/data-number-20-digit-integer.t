# a 20-digit JSON integer is read exactly, as the same digits in a string are
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
{"抽查批次": 12345678901234567890}
--- stdout
监督抽查

indicator  target  actual                weight  score
抽查批次   ≥2000   12345678901234567890      10     10
------------------------------------------------------
total                                        10     10
grade                                               优
--- status
0
