# values of the wrong type, in given and in expect: each an error at the value
--- args
test t.rubric
--- file t.rubric
rubric "types" {
    input 预算: number
    input 到位率: percent
    input 完成日期: date
    input 按期: bool
    input 等级说明: text
    group g {
        indicator 甲 weight 2 { actual 预算 * 到位率; target >= 100; score proportional }
        indicator 乙 weight 2 { actual 完成日期; target by 2020-12-31; score met }
        indicator 丙 weight 2 { actual 按期; score if actual then weight else 0 }
        indicator 丁 weight 2 { actual 等级说明; score if actual = "好" then weight else 0 }
        indicator 制度 weight 2 { score checklist { 财务: 1; 项目: 1 } }
        indicator 完备性 weight 4 { score grade { 完备: 4; 较完备: 2..3; 不完备: 0 } }
        indicator 评分 weight 2 { score judged }
    }
    test "wrong" {
        given {
            预算: "100"; 到位率: 0.95; 完成日期: "2020-12-31"; 按期: 1; 等级说明: 3
            制度: 财务; 完备性: 较完备; 评分: 95%
        }
        expect { 甲: "2"; 乙: 50%; total: 完备; grade: 10 }
    }
    test "lists and levels" {
        given { 制度: [财务, 3, 项目]; 完备性: 完美; 评分: 预算 }
        expect { 完备性: 4; grade: 优秀 }
    }
}
--- stdout
t.rubric: not tested: the template has 16 errors
0 passed, 1 failed
--- stderr
t.rubric:18:17: error[E217]: 预算 is a number, not text
                预算: "100"; 到位率: 0.95; 完成日期: "2020-12-31"; 按期: 1; 等级说明: 3
                      ^^^^^
t.rubric:18:29: error[E217]: 到位率 is a percent: write it with a percent sign
                预算: "100"; 到位率: 0.95; 完成日期: "2020-12-31"; 按期: 1; 等级说明: 3
                                     ^^^^
t.rubric:18:41: error[E217]: 完成日期 is a date, not text
                预算: "100"; 到位率: 0.95; 完成日期: "2020-12-31"; 按期: 1; 等级说明: 3
                                                     ^^^^^^^^^^^^
t.rubric:18:59: error[E217]: 按期 is true or false, not a number
                预算: "100"; 到位率: 0.95; 完成日期: "2020-12-31"; 按期: 1; 等级说明: 3
                                                                         ^
t.rubric:18:68: error[E217]: 等级说明 is text, not a number
                预算: "100"; 到位率: 0.95; 完成日期: "2020-12-31"; 按期: 1; 等级说明: 3
                                                                                      ^
t.rubric:19:17: error[E217]: 制度 is a list of items [a, b], not a name
                制度: 财务; 完备性: 较完备; 评分: 95%
                      ^^^^
t.rubric:19:26: error[E217]: level 较完备 gives [2, 3] points: the test must pick the score
                制度: 财务; 完备性: 较完备; 评分: 95%
                                    ^^^^^^
help: write scored(较完备, N)
t.rubric:19:35: error[E217]: indicator 评分 is judged: its value is its score, a number of points, not a percent
                制度: 财务; 完备性: 较完备; 评分: 95%
                                                  ^^^
help: scored(ACTUAL, SCORE) gives what the table shows and the score
t.rubric:21:21: error[E217]: 甲 is a number of points, not text
            expect { 甲: "2"; 乙: 50%; total: 完备; grade: 10 }
                         ^^^
t.rubric:21:29: error[E217]: 乙 is a number of points, not a percent
            expect { 甲: "2"; 乙: 50%; total: 完备; grade: 10 }
                                  ^^^
t.rubric:21:41: error[E217]: total is a number of points, not a name
            expect { 甲: "2"; 乙: 50%; total: 完备; grade: 10 }
                                              ^^^^
t.rubric:21:52: error[E217]: the grade is text, not a number
            expect { 甲: "2"; 乙: 50%; total: 完备; grade: 10 }
                                                           ^^
t.rubric:24:26: error[E217]: an item of 制度 is text, not a number
            given { 制度: [财务, 3, 项目]; 完备性: 完美; 评分: 预算 }
                                 ^
t.rubric:24:39: error[E217]: 完美 is not a level of indicator 完备性
            given { 制度: [财务, 3, 项目]; 完备性: 完美; 评分: 预算 }
                                                   ^^^^
help: did you mean '完备'?
t.rubric:24:47: error[E217]: 评分 is a number, not a name
            given { 制度: [财务, 3, 项目]; 完备性: 完美; 评分: 预算 }
                                                               ^^^^
t.rubric:25:33: error[E217]: 优秀 is not a grade of the template
            expect { 完备性: 4; grade: 优秀 }
                                       ^^^^
help: did you mean '优'?
16 errors
--- status
1
