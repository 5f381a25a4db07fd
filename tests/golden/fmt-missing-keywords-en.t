# fmt --keywords en spells the `missing` policies in English.
--- args
fmt --keywords en t.rubric
--- file t.rubric
评分表 "养老服务" {
    未填报 计零
    指标 服务人次 分值 60 { 目标 >= 5000; 得分 按比例 }
    分组 满意度 分值 40 {
        未填报 报错
        指标 服务对象满意度 分值 40 { 目标 >= 90%; 得分 按比例 }
    }
}
--- stdout
rubric "养老服务" {
    missing zero
    indicator 服务人次 weight 60 { target >= 5000; score proportional }
    group 满意度 weight 40 {
        missing error
        indicator 服务对象满意度 weight 40 { target >= 90%; score proportional }
    }
}
--- status
0
