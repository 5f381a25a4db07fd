# A test takes its givens from a data file beside the template (given
# "unit.json"), and expects the file's published scores, total and grade;
# its own given entries set values again, and its expectations add to the
# published ones, which then fail where they no longer hold.
--- args
test t.rubric
--- file t.rubric
rubric "公布的表" {
    round 2
    group 产出 {
        indicator 甲 weight 60 { target >= 100; score proportional }
        indicator 乙 weight 40 { score judged }
    }
    test "as published" { given "unit.json" }
    test "乙 judged higher" {
        given "unit.json"
        given { 乙: 40 }
        expect { 甲: 57 }
    }
}
--- file unit.json
{"$id": {"项目名称": "某项目"}, "甲": {"actual": 95, "published": 57}, "乙": {"actual": "好", "score": 36, "published": 36}, "$published": {"total": 93, "grade": "优"}}
--- stdout
t.rubric:9:15: test "乙 judged higher": 乙: expected 36 (published), got 40
t.rubric:9:15: test "乙 judged higher": total: expected 93 (published), got 97
1 passed, 1 failed
--- status
1
