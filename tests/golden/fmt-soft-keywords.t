# words that are keywords only in rules and settings may name inputs, groups,
# indicators and levels; the parser marks them, so --keywords never rewrites
# them (截尾, 达标, weight, 按比例 stay), while the same words used as keywords
# are rewritten
--- args
fmt --keywords en t.rubric
--- file t.rubric
rubric "soft keywords" {
    input 截尾: number
    input weight: number
    levels 分档 { 好: weight; 差: 0 }
    group 达标 {
        indicator 四舍五入 weight 10 { target >= 90; actual `截尾`; score 按比例; round 1 截尾 }
        indicator 按比例 weight 2 { score 定级 { 达标: 2; 未达标: 0 } }
        indicator 综合 weight 2 { actual `weight`; score 定级 分档 }
    }
}
--- stdout
rubric "soft keywords" {
    input 截尾: number
    input weight: number
    levels 分档 { 好: weight; 差: 0 }
    group 达标 {
        indicator 四舍五入 weight 10 { target >= 90; actual `截尾`; score proportional; round 1 down }
        indicator 按比例 weight 2 { score grade { 达标: 2; 未达标: 0 } }
        indicator 综合 weight 2 { actual `weight`; score grade 分档 }
    }
}
--- status
0
