# rubric diff of a change that moves no score: the unit is unchanged; a unit
# that cannot be scored is said, and counts (exit 1).
--- args
diff old.rubric new.rubric a.json b.json
--- file old.rubric
rubric "t" {
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file new.rubric
rubric "t" {
    # the same rule, laid out anew
    indicator 甲 weight 10 {
        target 不少于100
        score proportional
    }
}
--- file a.json
{"甲": 95}
--- file b.json
{"甲": "x"}
--- stdout
a.json: unchanged, 9.5 (优)
b.json: not scored by either version: see the errors
2 units: 0 changed (0 in grade), 1 unchanged, 1 not scored
--- stderr
b.json:1:2: error[E302]: indicator 甲: "x" is not a number
    {"甲": "x"}
     ^^^^
1 error
--- status
1
