# --verify of a template whose group shares out a row not applicable: the
# group's published subtotal is compared with its rescaled subtotal, and
# the total with the subtotals' sum, and each is called so
--- args
eval t.rubric d.json --verify
--- file t.rubric
rubric "P" {
  group G weight 60 { inapplicable share
     indicator a weight 20 {target >= 100; score proportional}
     indicator b weight 20 {target >= 100; score proportional}
     indicator c weight 20 { target >= 90; score bands { >= 90: 20; [60, 80): 10 } } }
  group K weight 40 { indicator d weight 40 {target >= 100; score proportional} }
}
--- file d.json
{"a":"/","b":{"actual":100,"published":20},"c":{"actual":95,"published":20},"d":{"actual":100,"published":40},"$published":{"total":99, "groups": {"G": 40}}}
--- stdout
P

indicator  target  actual  weight  score  published  remark
G                              60     60             rescaled: 40 / 40 × 60
  a        ≥100    /           20      /             not applicable
  b        ≥100    100         20     20         20
  c        ≥90     95          20     20         20
K                              40     40
  d        ≥100    100         40     40         40
---------------------------------------------------
total                         100    100       99 ≠
grade                                 优

1 indicator not applicable: its weight shared out among the other rows of its group

verify: 2 findings; 3 published row scores checked
  total: published 99, but the subtotals add up to 100
  group G: published 40, but its rescaled subtotal is 60
--- status
1
