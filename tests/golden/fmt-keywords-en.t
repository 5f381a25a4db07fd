# --keywords en writes every keyword in English, and a deadline
# 2020年12月31日前 as by 2020-12-31
--- args
fmt t.rubric --keywords en
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
rubric "混合写法" {
    total 30
    round 1 down
    target default >=
    input 完成日期: date
    inapplicable rescale
    group 产出 weight 30 {
        indicator 完成及时性 weight 10 { actual 完成日期; target by 2020-12-31; score met }
        indicator 完成率 weight 10 { target 95%; score proportional }
        indicator 检查 weight 10 {
            score if actual >= target then weight else cases { actual >= 0.8: 5; else: 0 }
        }
    }
    test "公布" { given { 完成日期: 2020-12-20; 完成率: 96%; 检查: 1 }; expect { total: 30; grade: "优" } }
}
--- status
0
