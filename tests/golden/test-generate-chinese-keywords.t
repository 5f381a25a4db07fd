# rubric test --generate on a template written with Chinese keywords: the
# cases are spelt in them (测试 / 已知 / 预期, 打分(...) for a level's picked
# score, 真 for a value taken from the data), the comments in the language
# of messages (here English)
--- args
test --generate --lang en t.rubric d.json
--- file t.rubric
评分表 "资金管理" {
    舍入 2
    输入 按期: 布尔
    指标 资金到位率 分值 4 { 目标 = 100%; 得分 分档 { [100%, 无穷): 4; [0, 100%): 0 } }
    指标 管理制度 分值 10 { 得分 定级 { 完整完善: 10; 有制度: 5..8 } }
    指标 完成率 分值 10 { 目标 ≥ 90%; 得分 如果 按期 则 score_proportional(实际值, 目标, 分值) 否则 0 }
}
--- file d.json
{"按期": true}
--- stdout
    # Boundary cases written by rubric test --generate: each expects the score the template gives now.
    # Check every one against the published standard before keeping it.
    测试 "资金到位率 = 0%" {
        已知 { 资金到位率: 0% }
        预期 { 资金到位率: 0 }
    }
    测试 "资金到位率 = 99.9%" {
        已知 { 资金到位率: 99.9% }
        预期 { 资金到位率: 0 }
    }
    测试 "资金到位率 = 100%" {
        已知 { 资金到位率: 100% }
        预期 { 资金到位率: 4 }
    }
    测试 "资金到位率 = 100.1%" {
        已知 { 资金到位率: 100.1% }
        预期 { 资金到位率: 4 }
    }
    测试 "管理制度 = 完整完善" {
        已知 { 管理制度: "完整完善" }
        预期 { 管理制度: 10 }
    }
    测试 "管理制度 = 有制度 5" {
        已知 { 管理制度: 打分("有制度", 5) }
        预期 { 管理制度: 5 }
    }
    测试 "管理制度 = 有制度 8" {
        已知 { 管理制度: 打分("有制度", 8) }
        预期 { 管理制度: 8 }
    }
    测试 "完成率 = 0%" {
        已知 { 按期: 真; 完成率: 0% }
        预期 { 完成率: 0 }
    }
    测试 "完成率 = 89.9%" {
        已知 { 按期: 真; 完成率: 89.9% }
        预期 { 完成率: 9.99 }
    }
    测试 "完成率 = 90%" {
        已知 { 按期: 真; 完成率: 90% }
        预期 { 完成率: 10 }
    }
    测试 "完成率 = 90.1%" {
        已知 { 按期: 真; 完成率: 90.1% }
        预期 { 完成率: 10 }
    }
