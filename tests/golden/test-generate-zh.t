# The comments of rubric test --generate in Chinese.
--- args
test --generate --lang zh t.rubric
--- file t.rubric
rubric "资金管理" {
    round 2
    indicator 资金到位率 weight 4 {
        target = 100%
        score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
    }
    indicator 资金使用率 weight 6 { target >= 95%; score proportional }
}
--- stdout
    # 以下边界用例由 rubric test --generate 写出：每条预期的是模板当前给出的得分。
    # 保留之前，请逐条对照公布的评分标准核对。
    test "资金到位率 = 0%" {
        given { 资金到位率: 0% }
        expect { 资金到位率: 0 }
    }
    test "资金到位率 = 89.9%" {
        given { 资金到位率: 89.9% }
        expect { 资金到位率: 0 }
    }
    # 资金到位率 = 90%：未评分：指标 资金到位率：90% 不在任何分档中
    test "资金到位率 = 90.1%" {
        given { 资金到位率: 90.1% }
        expect { 资金到位率: 3 }
    }
    test "资金到位率 = 99.9%" {
        given { 资金到位率: 99.9% }
        expect { 资金到位率: 3 }
    }
    test "资金到位率 = 100%" {
        given { 资金到位率: 100% }
        expect { 资金到位率: 4 }
    }
    test "资金到位率 = 100.1%" {
        given { 资金到位率: 100.1% }
        expect { 资金到位率: 4 }
    }
    test "资金使用率 = 0%" {
        given { 资金使用率: 0% }
        expect { 资金使用率: 0 }
    }
    test "资金使用率 = 94.9%" {
        given { 资金使用率: 94.9% }
        expect { 资金使用率: 5.99 }
    }
    test "资金使用率 = 95%" {
        given { 资金使用率: 95% }
        expect { 资金使用率: 6 }
    }
    test "资金使用率 = 95.1%" {
        given { 资金使用率: 95.1% }
        expect { 资金使用率: 6 }
    }
--- status
0
