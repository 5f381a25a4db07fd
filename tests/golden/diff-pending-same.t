# rubric diff of a version with itself over units with rows pending: each is
# unchanged, its total marked incomplete and no grade; each error is shown once,
# not once per version; rows pending make the exit status 1.
--- args
diff old.rubric old.rubric a.json b.json
--- file old.rubric
rubric "养老" {
    group 产出 {
        indicator 服务人次 weight 50 { target >= 5000; score proportional }
        indicator 满意度 weight 50 {
            target >= 90%
            score bands { >= 90%: 50; [80%, 89%): 30; < 80%: 0 }
        }
    }
}
--- file a.json
{"服务人次": 6000, "满意度": "89.5%"}
--- file b.json
{"服务人次": "未填报", "满意度": "95%"}
--- stdout
a.json: unchanged, 50 (incomplete)
b.json: unchanged, 50 (incomplete)
2 units: 0 changed (0 in grade), 2 unchanged, 2 with rows pending
--- stderr
old.rubric:6:19: error[E307]: indicator 满意度: 89.5% falls in no band
                score bands { >= 90%: 50; [80%, 89%): 30; < 80%: 0 }
                      ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
b.json:1:2: error[E303]: indicator 服务人次 is marked "未填报": the unit has not given it
    {"服务人次": "未填报", "满意度": "95%"}
     ^^^^^^^^^^
help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
2 errors
--- status
1
