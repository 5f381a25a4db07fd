# rubric test --generate writes both values of a yes/no indicator.
--- args
test --generate t.rubric
--- file t.rubric
评分表 "是否类" {
    输入 已验收: 布尔
    指标 资产管理安全性 分值 5 { 目标 = 真; 得分 达标 }
    指标 制度健全 分值 5 { 得分 定级 { 是: 5; 否: 0 } }
    # a declared yes/no value read by a formula, without a target
    指标 已验收 分值 5 { 得分 如果 实际值 则 分值 否则 0 }
}
--- stdout
    # Boundary cases written by rubric test --generate: each expects the score the template gives now.
    # Check every one against the published standard before keeping it.
    测试 "资产管理安全性 = 真" {
        已知 { 资产管理安全性: 真 }
        预期 { 资产管理安全性: 5 }
    }
    测试 "资产管理安全性 = 假" {
        已知 { 资产管理安全性: 假 }
        预期 { 资产管理安全性: 0 }
    }
    测试 "制度健全 = 是" {
        已知 { 制度健全: "是" }
        预期 { 制度健全: 5 }
    }
    测试 "制度健全 = 否" {
        已知 { 制度健全: "否" }
        预期 { 制度健全: 0 }
    }
    测试 "已验收 = 真" {
        已知 { 已验收: 真 }
        预期 { 已验收: 5 }
    }
    测试 "已验收 = 假" {
        已知 { 已验收: 假 }
        预期 { 已验收: 0 }
    }
--- status
0
