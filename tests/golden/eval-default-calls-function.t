# An input's default may call a function of the template: defaults are
# checked after the functions (they were checked before, and the function
# was unknown).
--- args
eval t.rubric d.json
--- file t.rubric
rubric "默认" {
    func 一半(x) = x / 2
    input 预算: number default 一半(200)
    indicator 执行 weight 10 { actual 预算; target >= 100; score proportional }
}
--- file d.json
{}
--- stdout
默认

indicator  target  actual  weight  score
执行       ≥100    100         10     10
----------------------------------------
total                          10     10
grade                                 优
--- status
0
