# a published total too long for its column is cut and marked, not cut silently
# (and the ≠ after it overflowed the cell's buffer; found by fuzz_eval)
--- args
eval --verify t.rubric d.json
--- file t.rubric
rubric "核对" {
    indicator 完成率 weight 10 { target >= 100; score proportional }
}
--- file d.json
{"完成率": {"actual": 90, "published": 9},
 "$published": {"total": 2000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007}}
--- stdout
核对

indicator  target  actual  weight  score                                                                  published
完成率     ≥100    90          10      9                                                                          9
-------------------------------------------------------------------------------------------------------------------
total                          10      9  ≈200000000000000000000000000000000000000000000000000000000000000000000… ≠
grade                                 优

verify: 1 finding; 1 published row score checked
  total: published ≈200000000000000000000000000000000000000000000000000000000…, but the rows add up to 9
--- status
1
