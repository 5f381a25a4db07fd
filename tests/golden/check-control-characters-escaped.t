# Control characters in a backquoted name and in a test's string (ESC, BEL,
# CR) reach messages escaped as \u001b, \u0007, \r; the source line shows
# them as spaces.  They used to reach the terminal as they were.
--- args
check t.rubric v.rubric
--- file-bytes t.rubric
rubric "控制字符" {
    indicator 抽查批次 weight 10 {
        actual `批次\0033[2J\0033]0;x\0007` / 2
        target >= 2000
        score proportional
    }
    test "预期\0015grade" {
        given { 抽查批次: 1000 }
        expect { grade: "优\0033[31m" }
    }
}
--- file-bytes v.rubric
rubric "控制字符" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
    test "等级" {
        given { 抽查批次: 1000 }
        expect { grade: "优\0033[31m\0015" }
    }
}
--- stderr
t.rubric:3:16: error[E101]: unknown name '批次\u001b[2J\u001b]0;x\u0007'
            actual `批次 [2J ]0;x ` / 2
                   ^^^^^^^^^^^^^^^^
v.rubric:8:25: error[E217]: 优\u001b[31m\r is not a grade of the template
            expect { grade: "优 [31m " }
                            ^^^^^^^^^^
2 errors
--- status
1
