# Band points that are a formula of the actual, within [0, weight] where the
# actual lies in the band: a constant bound narrows it ([80%, 90%)), and so does
# one the data gives (< 计划: actual <= 计划, so actual / 计划 is at most 1).
--- args
check t.rubric
--- file t.rubric
rubric "分档公式" {
    input 到位资金: number
    input 预算资金: number
    input 计划: number
    indicator 甲 weight 10 {
        target >= 90%
        score bands { >= 90%: weight; [80%, 90%): (actual - 80%) / 10% * weight; < 80%: 0 }
    }
    indicator 乙 weight 10 {
        target >= 90%
        score bands { >= 90%: weight; < 90%: actual / 90% * weight }
    }
    indicator 丙 weight 10 {
        actual 到位资金 / 预算资金
        target >= 100%
        score bands { >= 100%: 10; [60%, 100%): actual * 10; else: 0 }
    }
    indicator 丁 weight 10 {
        target >= 计划
        score bands { >= 计划: 10; < 计划: actual / 计划 * 10 }
    }
    indicator 戊 weight 10 {
        target <= 100
        score bands { <= 100: 10; (100, 200]: 10 - (actual - 100) / 10; else: 0 }
    }
}
--- status
0
