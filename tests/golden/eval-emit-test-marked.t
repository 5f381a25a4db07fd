# --emit-test of a unit whose values are marked 未填报 gives them so, and
# expects the 0 that `missing zero` scores them.
--- args
eval --emit-test t.rubric d.json
--- file t.rubric
rubric "未填报" {
    missing zero
    input 预算: number
    indicator 满意度 weight 10 { target >= 90%; score proportional }
    indicator 执行率 weight 10 { actual 预算 / 100; target >= 90%; score proportional }
}
--- file d.json
{"满意度": "未填报", "预算": "暂无"}
--- stdout
test "未填报" {
    given {
        预算: "暂无"
        满意度: "未填报"
    }
    expect {
        满意度: 0
        执行率: 0
        total: 0
        grade: "差"
    }
}
--- status
0
