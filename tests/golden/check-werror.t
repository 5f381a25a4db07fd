# --werror: the warnings are errors, and the command fails
--- args
check --werror unused.rubric
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
unused.rubric:2:11: error[W101]: input 预算资金 is never used
        input 预算资金: number
              ^^^^^^^^
unused.rubric:4:9: error[W102]: '系数' is never used
        let 系数 = 2
            ^^^^
unused.rubric:6:10: error[W103]: function 加倍 is never called
        func 加倍(x) = x * 2
             ^^^^
3 errors
--- status
1
