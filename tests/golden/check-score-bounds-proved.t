# rules that stay within [0, weight], as the analysis proves: the library's, min/clamp/round caps, cases, conditions that narrow an input
--- args
check ok.rubric
--- file ok.rubric
rubric "都在范围内" {
    input 实际到位资金: number
    input 预算资金: number
    input 问题数: number
    input 目标数: number
    let 到位率 = 实际到位资金 / 预算资金
    indicator 甲 weight 4 { target >= 2000; score proportional }
    indicator 乙 weight 4 { target <= 0; score proportional }
    indicator 丙 weight 4 { target <= 100%; score proportional }
    indicator 丁 weight 4 { target >= 100%; score interpolate 60% .. 100% }
    indicator 戊 weight 4 { target <= 100%; score interpolate 120% .. 100% }
    indicator 己 weight 4 { actual 问题数; score deduct 1 per 1 }
    indicator 庚 weight 4 { target <= 100%; score deduct 0.5 per 1% above 100% }
    indicator 辛 weight 7 { score bonus 3 plus 1 per 1 cap 7 }
    indicator 壬 weight 4 { actual 到位率; target >= 100%; score min(actual / target, 1) * weight }
    indicator 癸 weight 4 { actual 到位率; score clamp(actual * weight, 0, weight) }
    indicator 子 weight 4 { actual 到位率; score round(min(actual, 1) * weight, 1) }
    indicator 丑 weight 4 {
        actual 到位率
        score cases { actual >= 100%: 4; actual >= 90%: 3; actual >= 80%: 2; else: 0 }
    }
    indicator 寅 weight 4 {
        actual 实际到位资金
        score if actual >= 目标数 then weight else actual / 目标数 * weight
    }
    indicator 卯 weight 4 { actual 问题数; score max(0, weight - 问题数 * 0.5) }
    indicator 辰 weight 4 { target >= 90%; score met }
    budget 预算执行率 weight 10
}
--- status
0
