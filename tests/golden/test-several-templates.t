# several templates in one run, in the order given: one passes, one fails, one
# has no tests (said on stderr, counted nowhere), one does not load (its
# diagnostics on stderr, "not tested" on stdout); the summary counts tests
--- args
test a.rubric b.rubric c.rubric d.rubric
--- file a.rubric
rubric "a" {
    group g { indicator 甲 weight 10 { target >= 100; score proportional } }
    test "满分" { given { 甲: 120 }; expect { 甲: 10; total: 10 } }
    test "一半" { given { 甲: 50 }; expect { 甲: 5; total: 5 } }
}
--- file b.rubric
rubric "b" {
    group g { indicator 乙 weight 10 { target >= 100; score proportional } }
    test "一半" { given { 乙: 50 }; expect { 乙: 6 } }
}
--- file c.rubric
rubric "c" {
    group g { indicator 丙 weight 10 { score judged } }
}
--- file d.rubric
rubric "d" {
    group g { indicator 丁 weight 10 { score judged } }
    test "typo" { given { 丁丁: 5 }; expect { 丁: 5 } }
}
--- stdout
b.rubric:3:43: test "一半": 乙: expected 6, got 5
d.rubric: not tested: the template has 1 error
2 passed, 2 failed
--- stderr
rubric: c.rubric has no tests
d.rubric:3:27: error[E217]: the template has no input or indicator called 丁丁
        test "typo" { given { 丁丁: 5 }; expect { 丁: 5 } }
                              ^^^^
help: did you mean '丁'?
1 error
--- status
1
