# --keywords zh leaves English words that name something as they are
# (weight, met, proportional, down as names) and rewrites the keywords,
# round( of the round function included
--- args
fmt --keywords zh t.rubric
--- file t.rubric
rubric "soft keywords" {
    input weight: number
    input down: number
    levels met { good: weight; bad: 0 }
    group proportional {
        indicator met weight 4 { actual `weight`; score round(actual * weight, 1) }
        indicator judged weight 4 { score grade met; round 1 down }
        indicator d weight 4 { actual `down`; score judged }
    }
}
--- stdout
评分表 "soft keywords" {
    输入 weight: 数值
    输入 down: 数值
    档次 met { good: 分值; bad: 0 }
    分组 proportional {
        指标 met 分值 4 { 实际值 `weight`; 得分 舍入(实际值 * 分值, 1) }
        指标 judged 分值 4 { 得分 定级 met; 舍入 1 截尾 }
        指标 d 分值 4 { 实际值 `down`; 得分 评定 }
    }
}
--- status
0
