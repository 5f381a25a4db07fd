# a judged score inside its declared range; a forward reference to an indicator's input
--- args
eval t.rubric d.json
--- file t.rubric
rubric "judged and references" {
    group g {
        indicator 总评 weight 4 { score judged 1 .. 4 }
        indicator 依赖 weight 2 { score if 后者 >= 10 then weight else 0 }
        indicator 后者 weight 2 { target >= 10; score proportional }
        indicator 完成 weight 1 { target by 2020-12-31; score met }
    }
}
--- file d.json
{"总评": 3.5, "后者": 12, "完成": "2020年12月1日"}
--- stdout
judged and references

indicator  target       actual      weight  score
g                                        9    8.5
  总评                                   4    3.5
  依赖                                   2      2
  后者     ≥10          12               2      2
  完成     ≤2020-12-31  2020-12-01       1      1
-------------------------------------------------
total                                    9    8.5
grade                                          优
--- status
0
