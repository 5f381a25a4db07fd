# inapplicable share at the top holds for every group, and the top level:
# H has no row that applies, so G shares out H's 30 (15 / 30 x 60 = 30); x
# is not applicable at the top, so the total is rescaled over the weights
# that apply there, (20 + 30) / 80 x 100
--- args
eval t.rubric d.json
--- file t.rubric
rubric "top" {
    inapplicable share
    indicator x weight 20 { target >= 100; score proportional }
    indicator y weight 20 { target >= 100; score proportional }
    group G weight 60 {
        group H weight 30 {
            indicator h1 weight 15 { target >= 100; score proportional }
            indicator h2 weight 15 { target >= 100; score proportional }
        }
        indicator g1 weight 30 { target >= 100; score proportional }
    }
}
--- file d.json
{"x": "/", "y": 100, "h1": "/", "h2": "/", "g1": 50}
--- stdout
top

indicator  target  actual  weight  score  remark
x          ≥100    /           20      /  not applicable
y          ≥100    100         20     20
G                              60     30  rescaled: 15 / 30 × 60
  H                            30      0
    h1     ≥100    /           15      /  not applicable
    h2     ≥100    /           15      /  not applicable
  g1       ≥100    50          30     15
----------------------------------------
total                         100   62.5
grade                                 中

2 indicators not applicable: their weights shared out among the other rows of their groups
1 indicator not applicable: excluded; the applicable weights add up to 50
total rescaled: 50 / 80 × 100
