# `missing` in the template and in groups, the nearest winning: a value
# marked 暂无 under `missing zero` scores 0, one marked 待核实 under
# `missing rescale` is left out and the total rescaled over the other rows,
# one marked 未填报 under `missing exclude` is left out of the same full
# score (its weight stays in the base of the rescaling). Exit 0: the
# template says what such rows score.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "养老服务" {
    round 2
    missing zero  # 未填报的指标计0分
    group 满意度指标 weight 30 {
        missing rescale  # 满意度未调查的，按其余指标折算
        indicator 服务对象满意度 weight 20 { target >= 90%; score proportional }
        indicator 家属满意度 weight 10 { target >= 90%; score proportional }
    }
    group 产出 weight 70 {
        indicator 服务人次 weight 40 { target >= 5000; score proportional }
        group 质量 weight 30 {
            missing exclude
            indicator 投诉处理率 weight 30 { target >= 95%; score proportional }
        }
    }
}
--- file d.json
{"服务对象满意度": "待核实", "家属满意度": "95%", "服务人次": "暂无", "投诉处理率": "未填报"}
--- stdout
养老服务

indicator         target  actual  weight  score  remark
满意度指标                            30     10
  服务对象满意度  ≥90%    待核实      20      /  marked 待核实: left out, the total rescaled
  家属满意度      ≥90%    95%         10     10
产出                                  70      0
  服务人次        ≥5000   暂无        40      0  marked 暂无: scores 0
  质量                                30      0
    投诉处理率    ≥95%    未填报      30      /  marked 未填报: left out of the total
-----------------------------------------------
total                                100   12.5
grade                                        差

2 indicators marked as not given: left out; the applicable weights add up to 50
total rescaled: 10 / 80 × 100
--- status
0
