# inapplicable share at the top, and no row applies: the total cannot be
# rescaled (E315), as under inapplicable rescale, not a silent 0
--- args
eval t.rubric d.json
--- file t.rubric
rubric "B" {
  inapplicable share
  indicator x weight 40 {target >= 100; score proportional}
  group G weight 60 {
     indicator a weight 30 {target >= 100; score proportional}
     indicator b weight 30 {target >= 100; score proportional}
  }
}
--- file d.json
{"x":"/","a":"/","b":"/"}
--- stderr
t.rubric:1:8: error[E315]: no indicator applies: the total cannot be rescaled
    rubric "B" {
           ^^^
1 error
--- status
1
