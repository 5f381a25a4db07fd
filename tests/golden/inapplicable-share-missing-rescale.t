# inapplicable share in a group with missing rescale in it, under inapplicable
# rescale at the top: in A, the row "/" and the row left out by missing
# rescale are both shared out among A's other rows (A: 20 / 20 x 40); B's
# row "/" is left out and the total rescaled over the rest (70 / 70 x 100):
# every row scored has full marks, and so has the total
--- args
eval t.rubric d.json
--- file t.rubric
rubric "mix" {
    inapplicable rescale
    group A weight 40 {
        inapplicable share
        missing rescale
        indicator a1 weight 20 { target >= 100; score proportional }
        indicator a2 weight 10 { target >= 100; score proportional }
        indicator a3 weight 10 { target >= 100; score proportional }
    }
    group B weight 60 {
        indicator b1 weight 30 { target >= 100; score proportional }
        indicator b2 weight 30 { target >= 100; score proportional }
    }
}
--- file d.json
{"a1": 100, "a2": "/", "a3": "未填报", "b1": 100, "b2": "/"}
--- stdout
mix

indicator  target  actual  weight  score  remark
A                              40     40  rescaled: 20 / 20 × 40
  a1       ≥100    100         20     20
  a2       ≥100    /           10      /  not applicable
  a3       ≥100    未填报      10      /  marked 未填报: left out, its weight shared out in its group
B                              60     30
  b1       ≥100    100         30     30
  b2       ≥100    /           30      /  not applicable
----------------------------------------
total                         100    100
grade                                 优

1 indicator not applicable: its weight shared out among the other rows of its group
1 indicator not applicable: excluded; the applicable weights add up to 50
1 indicator marked as not given: left out; the applicable weights add up to 50
total rescaled: 70 / 70 × 100
