# a name given or expected twice in one test (in one block or in two blocks of
# the same kind; total and 总分 are one name), and two tests of one name: E104
--- args
check t.rubric
--- file t.rubric
rubric "dup" {
    group g {
        indicator 甲 weight 10 { target >= 100; score proportional }
    }
    test "t" {
        given { 甲: 50 }
        given { 甲: 60 }
        expect { 甲: 5; total: 5; 总分: 5; grade: 差; 定级: 差 }
    }
    test "t" { given { 甲: 100 }; expect { 甲: 10 } }
}
--- stderr
t.rubric:7:17: error[E104]: 甲 is given twice in this test
            given { 甲: 60 }
                    ^^
t.rubric:8:34: error[E104]: 总分 is expected twice in this test
            expect { 甲: 5; total: 5; 总分: 5; grade: 差; 定级: 差 }
                                      ^^^^
t.rubric:8:51: error[E104]: 定级 is expected twice in this test
            expect { 甲: 5; total: 5; 总分: 5; grade: 差; 定级: 差 }
                                                          ^^^^
t.rubric:10:5: error[E104]: there are two tests called "t"
        test "t" { given { 甲: 100 }; expect { 甲: 10 } }
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
4 errors
--- status
1
