# a test whose evaluation fails does not crash the run: a missing input
# (reported as eval reports it; an input with a default may be left out),
# a division by zero and a judged score out of range each make the test fail
# with a "could not run" line at the test; the other tests still run
--- args
test t.rubric
--- file t.rubric
rubric "cannot run" {
    input 实际在编人数: number
    input 核定在编人数: number
    input 问题数: number default 0
    group 投入 {
        indicator 人员控制率 weight 3 {
            actual 实际在编人数 / 核定在编人数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
        indicator 公务接待 weight 2 { actual 问题数; score deduct 1 per 1 }
        indicator 满意度 weight 5 { score judged }
    }
    test "missing" {
        given { 实际在编人数: 18 }
        expect { 公务接待: 2; total: 5 }
    }
    test "zero" {
        given { 实际在编人数: 18; 核定在编人数: 0; 满意度: 5 }
        expect { 公务接待: 2 }
    }
    test "judged" {
        given { 实际在编人数: 18; 核定在编人数: 20; 满意度: 6 }
        expect { 公务接待: 2 }
    }
    test "runs" {
        given { 实际在编人数: 18; 核定在编人数: 20; 满意度: 5; 问题数: 1 }
        expect { 公务接待: 1; total: 9 }
    }
}
--- stdout
t.rubric:14:5: test "missing": could not run: no value for input 核定在编人数, needed by indicator 人员控制率
t.rubric:14:5: test "missing": could not run: indicator 满意度 is judged: the data must give its score
t.rubric:18:5: test "zero": could not run: indicator 人员控制率: cannot divide 18 by 核定在编人数, which is 0
t.rubric:22:5: test "judged": could not run: indicator 满意度: the judged score 6 is outside 0..5
1 passed, 3 failed
--- status
1
