# A test may give a value as the data marks it (未填报, 待核实): it scores as
# the template's `missing` says, 0 here; where that is `missing error`, the
# test cannot run, with the error the data would get.
--- args
test t.rubric
--- file t.rubric
rubric "未填报" {
    missing zero
    indicator 满意度 weight 10 { target >= 90%; score proportional }
    group 产出 weight 10 {
        missing error
        indicator 人次 weight 10 { target >= 100; score proportional }
    }
    test "计零" {
        given { 满意度: "未填报"; 人次: 100 }
        expect { 满意度: 0; total: 10 }
    }
    test "报错" {
        given { 满意度: 95%; 人次: "待核实" }
        expect { 满意度: 10 }
    }
}
--- stdout
t.rubric:12:5: test "报错": could not run: 人次 is marked "待核实": the unit has not given it
1 passed, 1 failed
--- status
1
