# --keywords zh writes every keyword as its first Chinese synonym; a
# deadline stays as written
--- args
fmt --keywords zh t.rubric
--- file t.rubric
rubric "混合写法" {
    总分 30
    round 1 截尾
    目标 默认 >=
    input 完成日期: 日期
    inapplicable 折算
    分组 产出 weight 30 {
        indicator 完成及时性 分值 10 { 实际值 完成日期; target 2020年12月31日前; 得分 met }
        指标 完成率 weight 10 { target 95%; score 按比例 }
        indicator 检查 weight 10 {
            得分 if actual >= target 则 weight 否则 分情况 { actual >= 0.8: 5; else: 0 }
        }
    }
    test "公布" { given { 完成日期: 2020-12-20; 完成率: 96%; 检查: 1 }; 预期 { total: 30; grade: "优" } }
}
--- stdout
评分表 "混合写法" {
    总分 30
    舍入 1 截尾
    目标 默认 >=
    输入 完成日期: 日期
    不适用 折算
    分组 产出 分值 30 {
        指标 完成及时性 分值 10 { 实际值 完成日期; 目标 2020年12月31日前; 得分 达标 }
        指标 完成率 分值 10 { 目标 95%; 得分 按比例 }
        指标 检查 分值 10 {
            得分 如果 实际值 >= 目标 则 分值 否则 分情况 { 实际值 >= 0.8: 5; 否则: 0 }
        }
    }
    测试 "公布" { 已知 { 完成日期: 2020-12-20; 完成率: 96%; 检查: 1 }; 预期 { 总分: 30; 定级: "优" } }
}
--- status
0
