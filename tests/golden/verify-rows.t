# --verify names each row whose published score the rule does not give, the total and the grade; exit 1
--- args
eval t.rubric d.json --verify
--- file t.rubric
rubric "audit" {
    group g {
        indicator 甲 weight 10 { target >= 100; score proportional }
        indicator 乙 weight 10 { target >= 100; score proportional }
        indicator 丙 weight 10 { score judged }
    }
}
--- file d.json
{"甲": {"actual": 90, "published": 10}, "乙": {"actual": 100, "published": 10}, "丙": {"actual": "良", "score": 8, "published": 8},
 "$published": {"total": 28, "grade": "优"}}
--- stdout
audit

indicator  target  actual  weight  score  published
g                              30     27
  甲       ≥100    90          10      9       10 ≠
  乙       ≥100    100         10     10         10
  丙               良          10      8          8
---------------------------------------------------
total                          30     27       28 ≠
grade                                 优         优

verify: 2 findings; 3 published row scores checked
  甲: published 10, the rule gives 9
  total: published 28, but the rows add up to 27 (the published rows add up to 28)
published score not derivable from the rule: 1 row (judged: 丙)
--- status
1
