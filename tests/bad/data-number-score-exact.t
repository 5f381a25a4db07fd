# a row's override score 9.99999999999999999 (more than 15 significant digits) is
# read exactly, not rounded to full marks
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
{"抽查批次": {"actual": 1962, "score": 9.99999999999999999}}
--- stdout
监督抽查

indicator  target  actual  weight  score  remark
抽查批次   ≥2000   1962        10   ≈10*  overridden, the rule gives 9.81
----------------------------------------
total                          10    ≈10
grade                                 优

* score set by the data, overriding the rule
--- status
0
