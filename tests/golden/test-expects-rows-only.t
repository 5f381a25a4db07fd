# A test that expects only rows' scores needs only their values: the other
# rows are left out. One that expects the total needs every value, and says
# which it lacks.
--- args
test t.rubric
--- file t.rubric
rubric "例" {
    indicator 甲 weight 50 { target >= 10; score proportional }
    indicator 乙 weight 50 { target >= 90%; score proportional }
    test "一行" {
        given { 甲: 5 }
        expect { 甲: 25 }
    }
    test "总分" {
        given { 甲: 5 }
        expect { total: 25 }
    }
}
--- stdout
t.rubric:8:5: test "总分": could not run: indicator 乙: no value in the data
1 passed, 1 failed
--- status
1
