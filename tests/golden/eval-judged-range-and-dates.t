# a judged range is enforced; a formula may name a later indicator's input; a data date must be a whole date
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
{"总评": 0.5, "后者": 12, "完成": "2020-12-31-"}
--- stderr
d.json:1:23: error[E302]: indicator 完成: expected a date like "2020-12-31", got "2020-12-31-"
    {"总评": 0.5, "后者": 12, "完成": "2020-12-31-"}
                              ^^^^^^
t.rubric:3:19: error[E312]: indicator 总评: the judged score 0.5 is outside 1..4
            indicator 总评 weight 4 { score judged 1 .. 4 }
                      ^^^^
2 errors
--- status
1
