# scored(ACTUAL, SCORE) gives what a row object gives in the data: an override
# of the rule's score, the score picked within a level's range, a judged score
# with what the table shows; scored(SCORE) for a judged row or a row that
# computes its actual; "/" a row that does not apply.  Tests give no reasons:
# `require reason` does not apply to them
--- args
test t.rubric
--- file t.rubric
rubric "scored" {
    total 30
    round 1 down
    require reason
    inapplicable rescale
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
        indicator 经济效益 weight 5 { target >= 1; score proportional }
    }
    test "published" {
        given {
            覆盖率: scored(95%, 9)          # the rule gives 10; the table 9
            及时性: scored(基本及时, 4.5)
            试运行: scored("90%", 4)
            实际在编人数: 21; 核定在编人数: 20
            人员控制率: scored(3)           # the rule gives 2.5
            经济效益: 2
        }
        expect { 覆盖率: 9; 及时性: 4.5; 试运行: 4; 人员控制率: 3; 经济效益: 5; total: 25.5 }
    }
    test "rescaled" {
        given {
            覆盖率: 90%; 及时性: 及时; 试运行: 打分(2); 实际在编人数: 20; 核定在编人数: 20
            经济效益: "/"
        }
        expect { 覆盖率: 9.4; 经济效益: "/"; 产出: 21.4; total: 25.6 }
    }
}
--- stdout
2 passed, 0 failed
