# A level and an actual on a row that is no grade's: only a grade's row has a
# level.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "等级与实际" {
    indicator 管理制度 weight 10 { score grade { 完整完善: 10; 有制度: 5..8; 无制度: 0 } }
    indicator 乙 weight 10 { target >= 1; score proportional }
}
--- file d.json
{"管理制度": {"level": "有制度", "score": 7}, "乙": {"level": "x", "actual": 1}}
--- stderr
d.json:1:40: error[E302]: indicator 乙: gives a level and an actual, but only a grade's row has a level
    {"管理制度": {"level": "有制度", "score": 7}, "乙": {"level": "x", "actual": 1}}
                                                  ^^^^
1 error
--- status
1
