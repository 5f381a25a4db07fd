# fmt keeps a comparison word as written (不少于 500, 98%以上), and writes it as
# an operator with --keywords en; a word after a number stays after it.
--- args
fmt --keywords en t.rubric
--- file t.rubric
rubric "目标的写法" {
    round 2
    group 产出 {
        indicator 达标率 weight 10 { target 98%以上; score met }
        indicator 培训人次 weight 10 { target 不少于 500 人次; score proportional }
        indicator 新增设备 weight 10 { target 30000台以上; score proportional }
        indicator 投诉率 weight 10 { target 5%以内; score met }
        indicator 成本 weight 10 { target 不超过39万元; score proportional }
        indicator 覆盖率 weight 10 { target 不低于95%; score proportional }
        indicator 差错率 weight 10 { target 低于1%; score met }
        indicator 不超过预算 weight 10 { target >= 1; score met }
        indicator 满意度 weight 20 {
            target ≥ 90%
            score bands {
                90%以上: 20
                80% 及以上: 15
                低于 80%: 0
            }
        }
    }
}
--- stdout
rubric "目标的写法" {
    round 2
    group 产出 {
        indicator 达标率 weight 10 { target 98%以上; score met }
        indicator 培训人次 weight 10 { target >= 500人次; score proportional }
        indicator 新增设备 weight 10 { target 30000台以上; score proportional }
        indicator 投诉率 weight 10 { target 5%以内; score met }
        indicator 成本 weight 10 { target <= 39万元; score proportional }
        indicator 覆盖率 weight 10 { target >= 95%; score proportional }
        indicator 差错率 weight 10 { target < 1%; score met }
        indicator 不超过预算 weight 10 { target >= 1; score met }
        indicator 满意度 weight 20 {
            target >= 90%
            score bands {
                90%以上: 20
                80%及以上: 15
                < 80%: 0
            }
        }
    }
}
