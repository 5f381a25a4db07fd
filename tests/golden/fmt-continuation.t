# a line that continues a statement is indented one level more; a line
# inside brackets one level more than the line that opened them; a line that
# starts with a closing bracket is as deep as the line that opened it; '{' on a
# line of its own stays at the level of its statement
--- args
fmt t.rubric
--- file t.rubric
rubric "continuation" {
input 实际支出: number
input 预算: number
let 执行率 = 实际支出 /
             预算
group 过程
{
indicator 预算执行率 weight 4 {
actual 执行率
score if actual >= 100%
      then weight
      else if actual >= 90%
      then weight * 0.8
      else 0
}
indicator 预算执行情况 weight 2 {
actual 实际支出
score min(weight,
          actual / 预算 * weight
          + 0.5)
}
indicator 档次 weight 2 { score bands {
>= 90%: 2
else:
1
} }
indicator 上限 weight 2 {
score max(
0,
min(weight, 实际支出)
)
}
}
}
--- stdout
rubric "continuation" {
    input 实际支出: number
    input 预算: number
    let 执行率 = 实际支出 /
        预算
    group 过程
    {
        indicator 预算执行率 weight 4 {
            actual 执行率
            score if actual >= 100%
                then weight
                else if actual >= 90%
                then weight * 0.8
                else 0
        }
        indicator 预算执行情况 weight 2 {
            actual 实际支出
            score min(weight,
                actual / 预算 * weight
                    + 0.5)
        }
        indicator 档次 weight 2 { score bands {
            >= 90%: 2
            else:
                1
        } }
        indicator 上限 weight 2 {
            score max(
                0,
                min(weight, 实际支出)
            )
        }
    }
}
--- status
0
