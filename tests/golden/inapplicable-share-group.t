# inapplicable share in a group: the weight of its row not applicable goes
# to its other rows in proportion (分值按比例分配至同级指标): 产出 counts
# 30 / 40 x 60 = 45; 效益 has no such setting, so its row "/" is left out
# of the same full score
--- args
eval t.rubric d.json
--- file t.rubric
rubric "share" {
    round 2
    group 产出 weight 60 {
        inapplicable share
        indicator a weight 20 { target >= 100; score proportional }
        indicator b weight 20 { target >= 100; score proportional }
        indicator c weight 20 { target >= 100; score proportional }
    }
    group 效益 weight 40 {
        indicator d weight 20 { target >= 100; score proportional }
        indicator e weight 20 { target >= 100; score proportional }
    }
}
--- file d.json
{"a": 100, "b": 50, "c": "/", "d": 100, "e": "/"}
--- stdout
share

indicator  target  actual  weight  score  remark
产出                           60     45  rescaled: 30 / 40 × 60
  a        ≥100    100         20     20
  b        ≥100    50          20     10
  c        ≥100    /           20      /  not applicable
效益                           40     20
  d        ≥100    100         20     20
  e        ≥100    /           20      /  not applicable
----------------------------------------
total                         100     65
grade                                 中

1 indicator not applicable: its weight shared out among the other rows of its group
1 indicator not applicable: excluded; the applicable weights add up to 60
