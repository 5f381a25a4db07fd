# --verify with data that publishes nothing, but a template that states
# figures: the stated figures are the findings (not E316).
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
{"甲": 100, "乙": 90, "丙": 100}
--- stdout
转录的自评表

indicator  target  actual  weight  score  published
产出                           70     67
  甲       ≥100    100         40     40
  乙       ≥100    90          30     27
效益                           40     40
  丙       ≥100    100         40     40
---------------------------------------------------
total                         110    107
grade                                 优

verify: 2 findings; 0 published row scores checked
  total: stated 100, but the weights add up to 110
  group 产出: stated weight 60, but its rows weigh 70
--- status
1
