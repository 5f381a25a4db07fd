# --verify with no published score in the data is an error
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
{"甲": 90, "乙": 100, "丙": 8}
--- stderr
d.json:1:1: error[E316]: --verify: the data has no published scores
    {"甲": 90, "乙": 100, "丙": 8}
    ^
help: give rows as {"actual": ..., "published": N} and the total as "$published": {"total": N}
1 error
--- status
1
