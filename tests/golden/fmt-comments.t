# every comment is kept: one on a line of its own is indented like the code
# around it, one after code goes two spaces after it, and those of consecutive
# lines are aligned to one column, CJK characters counting two cells; a blank
# line or a line without a comment ends the run
--- args
fmt t.rubric
--- file t.rubric
# 评分表 (header)
rubric "comments" {   # the template
    total 100 # 满分
    round 2        # 两位小数
    target default >=   # 目标值：不低于

    input 实际到位资金: number unit "万元"   # 万元
    input 预算资金: number # 万元
    input 获奖数: number
    input 问题数: number      # 处数
        # 按比例
    group 投入 weight 100 {
# 资金
        indicator 资金到位率 weight 50 { actual 实际到位资金 / 预算资金; target 100%; score proportional } # 到位率
        indicator 获奖 weight 25 { actual 获奖数; score bonus 5 plus 5 } # 每项加5分
        indicator 问题 weight 25 {
            actual 问题数
            score deduct 5 per 1   # 扣完为止
                     # 每处扣5分
        }
    }
}
# 结束
--- stdout
# 评分表 (header)
rubric "comments" {    # the template
    total 100          # 满分
    round 2            # 两位小数
    target default >=  # 目标值：不低于

    input 实际到位资金: number unit "万元"  # 万元
    input 预算资金: number                  # 万元
    input 获奖数: number
    input 问题数: number  # 处数
    # 按比例
    group 投入 weight 100 {
        # 资金
        indicator 资金到位率 weight 50 { actual 实际到位资金 / 预算资金; target 100%; score proportional }  # 到位率
        indicator 获奖 weight 25 { actual 获奖数; score bonus 5 plus 5 }                                    # 每项加5分
        indicator 问题 weight 25 {
            actual 问题数
            score deduct 5 per 1  # 扣完为止
            # 每处扣5分
        }
    }
}
# 结束
--- status
0
