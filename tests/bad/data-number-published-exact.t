# with --verify, a published row score and the published total with more than 15
# significant digits are read exactly: both differ from the rule's 10
--- args
eval --verify t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": {"actual": 2000, "published": 9.99999999999999999},
 "$published": {"total": 10.00000000000000001}}
--- stdout
监督抽查

indicator  target  actual  weight  score  published
抽查批次   ≥2000   2000        10     10      ≈10 ≠
---------------------------------------------------
total                          10     10      ≈10 ≠
grade                                 优

verify: 2 findings; 1 published row score checked
  抽查批次: published ≈10, the rule gives 10
  total: published ≈10, but the rows add up to 10 (the published rows add up to ≈10)
--- status
1
