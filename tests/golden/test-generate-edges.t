# rubric test --generate: an input declared with its indicator's name, the
# percent bounds of a number's rule (as fractions), a target read from a
# percent input, negative bounds (and values below them), and bounds that
# are no decimals (1/3: 0.3333 and 0.3334 around it); a divisor in a
# comparison (计划 / 3) is no edge.
--- args
test --generate t.rubric d.json
--- file t.rubric
rubric "r5" {
    input 完成率: percent
    input 计划: percent
    indicator 完成率 weight 10 { target >= 90%; score proportional }
    indicator 插值p weight 5 { score interpolate 60% .. 100% }
    indicator 计划完成 weight 10 { target >= 计划; score proportional }
    indicator 负 weight 2 { score bands { [-5, 0): 0; [0, 10): 1; [10, inf): 2 } }
    indicator 分数 weight 3 { score bands { [0, 1/3): 1; [1/3, 2/3): 2; [2/3, 1]: 3 } }
    indicator 阈 weight 10 { score cases { actual >= 计划 / 3: 10; else: 0 } }
}
--- file d.json
{"计划": "90%"}
--- stdout
    # Boundary cases written by rubric test --generate: each expects the score the template gives now.
    # Check every one against the published standard before keeping it.
    test "完成率 = 0%" {
        given { 完成率: 0% }
        expect { 完成率: 0 }
    }
    test "完成率 = 89.9%" {
        given { 完成率: 89.9% }
        expect { 完成率: 899/90 }
    }
    test "完成率 = 90%" {
        given { 完成率: 90% }
        expect { 完成率: 10 }
    }
    test "完成率 = 90.1%" {
        given { 完成率: 90.1% }
        expect { 完成率: 10 }
    }
    test "插值p = 0" {
        given { 插值p: 0 }
        expect { 插值p: 0 }
    }
    test "插值p = 0.59" {
        given { 插值p: 0.59 }
        expect { 插值p: 0 }
    }
    test "插值p = 0.6" {
        given { 插值p: 0.6 }
        expect { 插值p: 0 }
    }
    test "插值p = 0.61" {
        given { 插值p: 0.61 }
        expect { 插值p: 0.125 }
    }
    test "插值p = 0.9" {
        given { 插值p: 0.9 }
        expect { 插值p: 3.75 }
    }
    test "插值p = 1" {
        given { 插值p: 1 }
        expect { 插值p: 5 }
    }
    test "插值p = 1.1" {
        given { 插值p: 1.1 }
        expect { 插值p: 5 }
    }
    test "计划完成 = 0" {
        given { 计划: 90%; 计划完成: 0 }
        expect { 计划完成: 0 }
    }
    test "计划完成 = 0.89" {
        given { 计划: 90%; 计划完成: 0.89 }
        expect { 计划完成: 89/9 }
    }
    test "计划完成 = 0.9" {
        given { 计划: 90%; 计划完成: 0.9 }
        expect { 计划完成: 10 }
    }
    test "计划完成 = 0.91" {
        given { 计划: 90%; 计划完成: 0.91 }
        expect { 计划完成: 10 }
    }
    # 负 = -5.1: not scored: indicator 负: -5.1 falls in no band
    test "负 = -5" {
        given { 负: -5 }
        expect { 负: 0 }
    }
    test "负 = -4.9" {
        given { 负: -4.9 }
        expect { 负: 0 }
    }
    test "负 = -0.1" {
        given { 负: -0.1 }
        expect { 负: 0 }
    }
    test "负 = 0" {
        given { 负: 0 }
        expect { 负: 1 }
    }
    test "负 = 0.1" {
        given { 负: 0.1 }
        expect { 负: 1 }
    }
    test "负 = 9.9" {
        given { 负: 9.9 }
        expect { 负: 1 }
    }
    test "负 = 10" {
        given { 负: 10 }
        expect { 负: 2 }
    }
    test "负 = 10.1" {
        given { 负: 10.1 }
        expect { 负: 2 }
    }
    test "分数 = 0" {
        given { 分数: 0 }
        expect { 分数: 1 }
    }
    test "分数 = 0.1" {
        given { 分数: 0.1 }
        expect { 分数: 1 }
    }
    test "分数 = 0.3333" {
        given { 分数: 0.3333 }
        expect { 分数: 1 }
    }
    test "分数 = 1/3" {
        given { 分数: 1/3 }
        expect { 分数: 2 }
    }
    test "分数 = 0.3334" {
        given { 分数: 0.3334 }
        expect { 分数: 2 }
    }
    test "分数 = 0.6666" {
        given { 分数: 0.6666 }
        expect { 分数: 2 }
    }
    test "分数 = 2/3" {
        given { 分数: 2/3 }
        expect { 分数: 3 }
    }
    test "分数 = 0.6667" {
        given { 分数: 0.6667 }
        expect { 分数: 3 }
    }
    test "分数 = 0.9" {
        given { 分数: 0.9 }
        expect { 分数: 3 }
    }
    test "分数 = 1" {
        given { 分数: 1 }
        expect { 分数: 3 }
    }
    # 分数 = 1.1: not scored: indicator 分数: 1.1 falls in no band
    test "阈 = 0" {
        given { 计划: 90%; 阈: 0 }
        expect { 阈: 0 }
    }
--- status
0
