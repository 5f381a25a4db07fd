# a group subtotal, the total and the grade that do not hold, each on its own
# line in the order written; without rounding a score is exact: a third is not
# 0.33 (the display marks the rounded third with ≈), but it is 1/3
--- args
test t.rubric
--- file t.rubric
rubric "分组" {
    total 10
    grades { 优: 9; 良: 8; 中: 6; 差: 0 }
    group 甲 {
        indicator 一 weight 1 { target >= 3; score proportional }
        indicator 二 weight 5 { target >= 3; score proportional }
    }
    group 乙 {
        indicator 三 weight 4 { score judged }
    }
    test "三分之一" {
        given { 一: 1; 二: 3; 三: 4 }
        expect {
            甲: 5.33
            一: 0.33
            total: 9.5; grade: 良
            乙: 4
        }
    }
    test "exact" {
        given { 一: 1; 二: 3; 三: 4 }
        expect { 一: 1/3; 甲: 5 + 1/3; total: 28/3; grade: "优" }
    }
}
--- stdout
t.rubric:14:13: test "三分之一": 甲: expected 5.33, got ≈5.3333333333
t.rubric:15:13: test "三分之一": 一: expected 0.33, got ≈0.3333333333
t.rubric:16:13: test "三分之一": total: expected 9.5, got ≈9.3333333333
t.rubric:16:25: test "三分之一": grade: expected "良", got "优"
1 passed, 1 failed
--- status
1
