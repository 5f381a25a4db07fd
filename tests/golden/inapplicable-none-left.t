# rescaling when no row applies is an error
--- args
eval t.rubric d.json
--- file t.rubric
rubric "不适用与折算" {
    total 100
    round 2
    inapplicable rescale
    group 产出 weight 60 {
        indicator 数量 weight 30 { target >= 100; score proportional }
        indicator 质量 weight 30 { target >= 90%; score proportional }
    }
    group 效益 weight 40 {
        indicator 经济效益 weight 20 { target >= 10; score proportional }
        indicator 社会效益 weight 20 { score judged }
    }
}
--- file d.json
{"数量": "/", "质量": "不适用", "经济效益": "/", "社会效益": "/"}
--- stderr
t.rubric:1:8: error[E315]: no indicator applies: the total cannot be rescaled
    rubric "不适用与折算" {
           ^^^^^^^^^^^^^^
1 error
--- status
1
