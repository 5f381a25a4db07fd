# --werror: a template with warnings does not load, so its tests do not run;
# without it the same tests run and pass
--- args
test --werror t.rubric
--- file t.rubric
rubric "t" {
    input 未用: number
    group g { indicator 甲 weight 10 { score judged } }
    test "t" { given { 甲: 7; 未用: 1 }; expect { 甲: 7 } }
}
--- stdout
t.rubric: not tested: the template has 1 error
0 passed, 1 failed
--- stderr
t.rubric:2:11: error[W101]: input 未用 is never used
        input 未用: number
              ^^^^
1 error
--- status
1
