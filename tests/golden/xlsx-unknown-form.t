# --form takes self (项目支出绩效自评表) or score (评价得分表).
--- args
eval t.rubric d.json -o t.xlsx --form paper
--- file t.rubric
rubric "评分" {
    total 10
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file d.json
{"甲": 90}
--- stderr
rubric: unknown form 'paper' (use self: 项目支出绩效自评表, or score: 评价得分表)
--- status
2
