# A transcription states the table's own figures (total 100 stated, a group
# stated at 60 whose rows weigh 70): it loads and scores out of the weights'
# sum, 110, and --verify reports each stated figure the rows do not add up
# to, and the data's published full score ("max"); exit status 1.
--- args
eval --verify t.rubric d.json
--- file t.rubric
rubric "转录的自评表" {
    total 100 stated
    group 产出 weight 60 公布 {
        indicator 甲 weight 40 { target >= 100; score proportional }
        indicator 乙 weight 30 { target >= 100; score proportional }
    }
    group 效益 weight 40 stated {
        indicator 丙 weight 40 { target >= 100; score proportional }
    }
}
--- file d.json
{"甲": 100, "乙": 90, "丙": 100, "$published": {"total": 107, "max": 100}}
--- stdout
转录的自评表

indicator  target  actual  weight  score  published
产出                           70     67
  甲       ≥100    100         40     40
  乙       ≥100    90          30     27
效益                           40     40
  丙       ≥100    100         40     40
---------------------------------------------------
total                         110    107        107
grade                                 优

verify: 3 findings; 0 published row scores checked
  full score: published 100, but the weights add up to 110
  total: stated 100, but the weights add up to 110
  group 产出: stated weight 60, but its rows weigh 70
--- status
1
