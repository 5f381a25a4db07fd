# rubric test --generate over every kind of value: a target read from the
# unit's data (计划数 = 50, an integer: 49, 50, 51), the thresholds of
# `cases`, a deadline and the days around it, a checklist (all,
# none, each item left out), a grade (a ranged level at both ends); a judged
# row and a computed actual get comments.
--- args
test --generate t.rubric d.json
--- file t.rubric
rubric "各类指标" {
    round 2
    input 计划数: integer
    input 实际到位资金: number
    input 预算资金: number
    group 产出 {
        indicator 完成数量 weight 10 { target >= 计划数; score proportional }
        indicator 培训人次 weight 10 {
            target >= 120
            score cases { actual >= 120: 10; actual >= 100: 6; else: 0 }
        }
        indicator 完成及时性 weight 10 { target by 2020-12-31; score met }
        indicator 制度 weight 10 { score checklist { 有制度: 5; 执行: 5 } }
        indicator 合同 weight 10 { score grade { 完备: 10; 较完备: 6..8; 不完备: 0 } }
    }
    group 效益 {
        indicator 资金到位率 weight 10 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 社会效益 weight 5 { score judged }
        indicator 人员控制率 weight 10 {
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
    }
}
--- file d.json
{"计划数": 50, "实际到位资金": 80, "预算资金": 100}
--- stdout
    # Boundary cases written by rubric test --generate: each expects the score the template gives now.
    # Check every one against the published standard before keeping it.
    test "完成数量 = 0" {
        given { 计划数: 50; 完成数量: 0 }
        expect { 完成数量: 0 }
    }
    test "完成数量 = 49.9" {
        given { 计划数: 50; 完成数量: 49.9 }
        expect { 完成数量: 9.98 }
    }
    test "完成数量 = 50" {
        given { 计划数: 50; 完成数量: 50 }
        expect { 完成数量: 10 }
    }
    test "完成数量 = 50.1" {
        given { 计划数: 50; 完成数量: 50.1 }
        expect { 完成数量: 10 }
    }
    test "培训人次 = 0" {
        given { 培训人次: 0 }
        expect { 培训人次: 0 }
    }
    test "培训人次 = 99.9" {
        given { 培训人次: 99.9 }
        expect { 培训人次: 0 }
    }
    test "培训人次 = 100" {
        given { 培训人次: 100 }
        expect { 培训人次: 6 }
    }
    test "培训人次 = 100.1" {
        given { 培训人次: 100.1 }
        expect { 培训人次: 6 }
    }
    test "培训人次 = 119.9" {
        given { 培训人次: 119.9 }
        expect { 培训人次: 6 }
    }
    test "培训人次 = 120" {
        given { 培训人次: 120 }
        expect { 培训人次: 10 }
    }
    test "培训人次 = 120.1" {
        given { 培训人次: 120.1 }
        expect { 培训人次: 10 }
    }
    test "完成及时性 = 2020-12-30" {
        given { 完成及时性: 2020-12-30 }
        expect { 完成及时性: 10 }
    }
    test "完成及时性 = 2020-12-31" {
        given { 完成及时性: 2020-12-31 }
        expect { 完成及时性: 10 }
    }
    test "完成及时性 = 2021-01-01" {
        given { 完成及时性: 2021-01-01 }
        expect { 完成及时性: 0 }
    }
    test "制度 = 有制度、执行" {
        given { 制度: ["有制度", "执行"] }
        expect { 制度: 10 }
    }
    test "制度 = 无" {
        given { 制度: [] }
        expect { 制度: 0 }
    }
    test "制度 = 执行" {
        given { 制度: ["执行"] }
        expect { 制度: 5 }
    }
    test "制度 = 有制度" {
        given { 制度: ["有制度"] }
        expect { 制度: 5 }
    }
    test "合同 = 完备" {
        given { 合同: "完备" }
        expect { 合同: 10 }
    }
    test "合同 = 较完备 6" {
        given { 合同: scored("较完备", 6) }
        expect { 合同: 6 }
    }
    test "合同 = 较完备 8" {
        given { 合同: scored("较完备", 8) }
        expect { 合同: 8 }
    }
    test "合同 = 不完备" {
        given { 合同: "不完备" }
        expect { 合同: 0 }
    }
    # 资金到位率: its actual is computed from other values: write its boundary cases by hand
    # 社会效益: judged by the evaluator: no boundary cases
    test "人员控制率 = 0%" {
        given { 人员控制率: 0% }
        expect { 人员控制率: 10 }
    }
    test "人员控制率 = 99.9%" {
        given { 人员控制率: 99.9% }
        expect { 人员控制率: 10 }
    }
    test "人员控制率 = 100%" {
        given { 人员控制率: 100% }
        expect { 人员控制率: 10 }
    }
    test "人员控制率 = 100.1%" {
        given { 人员控制率: 100.1% }
        expect { 人员控制率: 10 }
    }
    test "人员控制率 = 100.9%" {
        given { 人员控制率: 100.9% }
        expect { 人员控制率: 10 }
    }
    test "人员控制率 = 101%" {
        given { 人员控制率: 101% }
        expect { 人员控制率: 9.5 }
    }
    test "人员控制率 = 101.1%" {
        given { 人员控制率: 101.1% }
        expect { 人员控制率: 9.5 }
    }
    test "人员控制率 = 119.9%" {
        given { 人员控制率: 119.9% }
        expect { 人员控制率: 0.5 }
    }
    test "人员控制率 = 120%" {
        given { 人员控制率: 120% }
        expect { 人员控制率: 0 }
    }
    test "人员控制率 = 120.1%" {
        given { 人员控制率: 120.1% }
        expect { 人员控制率: 0 }
    }
--- status
0
