# scored() checked like the data's row objects: its arguments, a score of
# points within [0, weight] or within the level's range; any other call is
# not a test value
--- args
check t.rubric
--- file t.rubric
rubric "scored errors" {
    input 实际在编人数: number
    input 核定在编人数: number
    group 产出 {
        indicator 覆盖率 weight 10 { target >= 95%; score proportional }
        indicator 及时性 weight 5 { score grade { 及时: 5; 基本及时: [3, 5); 不及时: 0 } }
        indicator 试运行 weight 5 { score judged }
        indicator 人员控制率 weight 5 {
            actual 实际在编人数 / 核定在编人数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
    }
    test "arguments" {
        given { 覆盖率: scored(9); 及时性: scored(基本及时, 5); 试运行: scored(1, 2, 3); 人员控制率: scored(90%, 4) }
    }
    test "scores" {
        given { 覆盖率: scored(95%, 90%); 及时性: scored(及时, 4); 试运行: scored(true, 4); 人员控制率: scored(6) }
    }
    test "calls" {
        given { 覆盖率: socred(95%, 9); 实际在编人数: max(1, 2) }
    }
}
--- stderr
t.rubric:15:22: error[E217]: scored() takes the actual of 覆盖率 and its score: scored(ACTUAL, SCORE)
            given { 覆盖率: scored(9); 及时性: scored(基本及时, 5); 试运行: scored(1, 2, 3); 人员控制率: scored(90%, 4) }
                            ^^^^^^^^^
t.rubric:15:51: error[E217]: the score 5 is outside [3, 5), the range of level 基本及时
            given { 覆盖率: scored(9); 及时性: scored(基本及时, 5); 试运行: scored(1, 2, 3); 人员控制率: scored(90%, 4) }
                                                                ^
t.rubric:15:60: error[E217]: scored() takes the score of 试运行, or what the table shows and the score
            given { 覆盖率: scored(9); 及时性: scored(基本及时, 5); 试运行: scored(1, 2, 3); 人员控制率: scored(90%, 4) }
                                                                            ^^^^^^^^^^^^^^^
t.rubric:15:84: error[E217]: indicator 人员控制率 computes its actual: scored() takes only its score
            given { 覆盖率: scored(9); 及时性: scored(基本及时, 5); 试运行: scored(1, 2, 3); 人员控制率: scored(90%, 4) }
                                                                                                         ^^^^^^^^^^^^^^
t.rubric:18:34: error[E217]: a score is a number of points, not a percent
            given { 覆盖率: scored(95%, 90%); 及时性: scored(及时, 4); 试运行: scored(true, 4); 人员控制率: scored(6) }
                                        ^^^
t.rubric:18:56: error[E217]: level 及时 gives 5 points, not 4
            given { 覆盖率: scored(95%, 90%); 及时性: scored(及时, 4); 试运行: scored(true, 4); 人员控制率: scored(6) }
                                                                   ^
t.rubric:18:72: error[E217]: what the table shows of 试运行 is text or a number, not true/false
            given { 覆盖率: scored(95%, 90%); 及时性: scored(及时, 4); 试运行: scored(true, 4); 人员控制率: scored(6) }
                                                                                      ^^^^
t.rubric:18:96: error[E217]: the score 6 is outside [0, 5], the weight of 人员控制率
            given { 覆盖率: scored(95%, 90%); 及时性: scored(及时, 4); 试运行: scored(true, 4); 人员控制率: scored(6) }
                                                                                                                   ^
t.rubric:21:22: error[E217]: socred() is not a value a test can give
            given { 覆盖率: socred(95%, 9); 实际在编人数: max(1, 2) }
                            ^^^^^^
help: did you mean 'scored'?
t.rubric:21:46: error[E217]: max() is not a value a test can give
            given { 覆盖率: socred(95%, 9); 实际在编人数: max(1, 2) }
                                                          ^^^
help: a test gives literals, lists [a, b] and scored(...)
10 errors
--- status
1
