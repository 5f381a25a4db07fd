# --verify when every published value agrees: exit 0, the published column shown
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
{"甲": {"actual": 90, "published": 9}, "乙": {"actual": 100, "published": 10}, "丙": {"score": 8, "published": 8},
 "$published": {"total": 27}}
--- stdout
audit

indicator  target  actual  weight  score  published
g                              30     27
  甲       ≥100    90          10      9          9
  乙       ≥100    100         10     10         10
  丙                           10      8          8
---------------------------------------------------
total                          30     27         27
grade                                 优

verify: 0 findings; 3 published row scores checked
published score not derivable from the rule: 1 row (judged: 丙)
