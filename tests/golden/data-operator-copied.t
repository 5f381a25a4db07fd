# actuals written with the target's operator copied in (≥90%, ≤ 80, ═5) are read as the value
--- args
eval t.rubric d.json
--- file t.rubric
rubric "copied operators" {
    group g {
        indicator 准确率 weight 4 { target >= 90%; score proportional }
        indicator 成本 weight 4 { target <= 100; score proportional }
        indicator 批次 weight 2 { target = 5; score met }
    }
}
--- file d.json
{"准确率": "≥90%", "成本": "≤ 80", "批次": "═5"}
--- stdout
copied operators

indicator  target  actual  weight  score
g                              10     10
  准确率   ≥90%    90%          4      4
  成本     ≤100    80           4      4
  批次     =5      5            2      2
----------------------------------------
total                          10     10
grade                                 优
--- status
0
