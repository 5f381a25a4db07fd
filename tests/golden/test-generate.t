# rubric test --generate: for each row, 0, each constant of its bands and
# target, and the values one decimal past them (89.9%, 90%, 90.1%), each a
# one-row test expecting the score the template gives now; 90%, in the gap
# of the published standard, becomes a comment saying why it has no score.
--- args
test --generate t.rubric
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
    # Boundary cases written by rubric test --generate: each expects the score the template gives now.
    # Check every one against the published standard before keeping it.
    test "资金到位率 = 0%" {
        given { 资金到位率: 0% }
        expect { 资金到位率: 0 }
    }
    test "资金到位率 = 89.9%" {
        given { 资金到位率: 89.9% }
        expect { 资金到位率: 0 }
    }
    # 资金到位率 = 90%: not scored: indicator 资金到位率: 90% falls in no band
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
