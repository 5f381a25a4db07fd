# rubric diff with rows pending: a unit is compared on the rows scored, a
# pending row shows as "pending", a total as "(incomplete)", with no grade.
# The old version leaves a gap at [89%, 90%) that the new one closes (a.json),
# and the new one scores 未填报 as 0 (b.json); c.json is unchanged.  The data's
# errors come once, the old version's only where they differ, headed so.
# Rows pending count as a finding: exit 1.
--- args
diff old.rubric new.rubric a.json b.json c.json
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
--- file new.rubric
rubric "养老" {
    missing zero
    group 产出 {
        indicator 服务人次 weight 50 { target >= 5000; score proportional }
        indicator 满意度 weight 50 {
            target >= 90%
            score bands { >= 90%: 50; [80%, 90%): 30; < 80%: 0 }
        }
    }
}
--- file a.json
{"服务人次": 6000, "满意度": "89.5%"}
--- file b.json
{"服务人次": "未填报", "满意度": "95%"}
--- file c.json
{"服务人次": 5000, "满意度": "95%"}
--- stdout
a.json: total 50 (incomplete) → 80, grade - → 良
  满意度: pending → 30
b.json: total 50 (incomplete) → 50, grade - → 差
  服务人次: pending → 0
c.json: unchanged, 100 (优)
3 units: 2 changed (2 in grade), 1 unchanged, 2 with rows pending
--- stderr
rubric: a.json, with the old version old.rubric:
old.rubric:6:19: error[E307]: indicator 满意度: 89.5% falls in no band
                score bands { >= 90%: 50; [80%, 89%): 30; < 80%: 0 }
                      ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
rubric: b.json, with the old version old.rubric:
b.json:1:2: error[E303]: indicator 服务人次 is marked "未填报": the unit has not given it
    {"服务人次": "未填报", "满意度": "95%"}
     ^^^^^^^^^^
help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
2 errors
--- status
1
