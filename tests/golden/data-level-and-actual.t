# A grade's row keeps beside its level the text the published table shows:
# the level scores, the table shows both.
--- args
eval t.rubric d.json --lang zh
--- file t.rubric
rubric "等级与实际" {
    indicator 管理制度 weight 10 { score grade { 完整完善: 10; 有制度: 5..8; 无制度: 0 } }
    indicator 乙 weight 10 { target >= 1; score proportional }
}
--- file d.json
{"管理制度": {"level": "有制度", "actual": "基本健全", "score": 7}, "乙": 1}
--- stdout
等级与实际

指标      目标值  实际值              分值  得分
管理制度          基本健全（有制度）    10     7
乙        ≥1      1                     10    10
------------------------------------------------
总分                                    20    17
等级                                          良
