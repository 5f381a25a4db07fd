# A test gives one data file.
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    indicator 甲 weight 10 { target >= 1; score proportional }
    test "twice" { given "a.json"; given "b.json" }
}
--- stderr
t.rubric:3:42: error[E104]: test "twice" gives two data files
        test "twice" { given "a.json"; given "b.json" }
                                             ^^^^^^^^
1 error
--- status
1
