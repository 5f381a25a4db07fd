# A yes/no indicator (是否类指标): `target = true` (目标 = 真) makes its own value a
# bool, read from 是/否 or true/false, scored by `met`; the target shows as 是.
# An input of the indicator's name declared bool is its value when a formula
# without a target reads it.
--- args
eval t.rubric d.json
--- file t.rubric
评分表 "是否类" {
    输入 已验收: 布尔
    指标 资产管理安全性 分值 5 { 目标 = 真; 得分 达标 }
    指标 制度健全 分值 5 { 得分 定级 { 是: 5; 否: 0 } }
    # a declared yes/no value read by a formula, without a target
    指标 已验收 分值 5 { 得分 如果 实际值 则 分值 否则 0 }
}
--- file d.json
{"资产管理安全性": "否", "制度健全": "是", "已验收": true}
--- stdout
是否类

indicator       target  actual  weight  score
资产管理安全性  =是     否           5      0
制度健全                是           5      5
已验收                  是           5      5
---------------------------------------------
total                               15     10
grade                                      中
--- status
0
