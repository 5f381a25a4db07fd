# inputs, lets and functions nothing uses are warned of (W101-W103)
--- args
check unused.rubric
--- file unused.rubric
rubric "未使用" {
    input 预算资金: number
    input 实际到位资金: number
    let 系数 = 2
    let 到位率 = 实际到位资金 / 100
    func 加倍(x) = x * 2
    indicator 甲 weight 100 { actual 到位率; target >= 1; score proportional }
}
--- stderr
unused.rubric:2:11: warning[W101]: input 预算资金 is never used
        input 预算资金: number
              ^^^^^^^^
unused.rubric:4:9: warning[W102]: '系数' is never used
        let 系数 = 2
            ^^^^
unused.rubric:6:10: warning[W103]: function 加倍 is never called
        func 加倍(x) = x * 2
             ^^^^
3 warnings
--- status
0
