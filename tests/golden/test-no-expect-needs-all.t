# A test without `expect` checks that its values score: it needs every value
# (only a test that expects rows' scores alone needs only theirs).
--- args
test t.rubric
--- file t.rubric
rubric "x" {
    indicator A weight 10 { target >= 10; score proportional }
    indicator B weight 10 { target >= 10; score proportional }
    test "five" { given { A: 100 } }
}
--- stdout
t.rubric:4:5: test "five": could not run: indicator B: no value in the data
0 passed, 1 failed
--- status
1
