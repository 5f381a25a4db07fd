# a row marked inapplicable in the template takes no value from the data ("/" and null are accepted)
--- args
eval t.rubric d.json
--- file t.rubric
rubric "n/a" {
    group g {
        indicator 甲 weight 10 { target >= 100; score proportional }
        indicator 乙 { inapplicable }
        indicator 丙 { inapplicable }
    }
}
--- file d.json
{"甲": 100, "乙": 5, "丙": "/"}
--- stderr
d.json:1:12: error[E302]: indicator 乙 is inapplicable in the template: the data cannot give it a value
    {"甲": 100, "乙": 5, "丙": "/"}
                ^^^^
1 error
--- status
1
