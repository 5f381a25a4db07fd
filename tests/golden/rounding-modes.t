# 70/90 x 10 is 7.7 under round 1 down, 7.8 half up; 70/80 x 10 = 8.75 -> 9 half even at 0 (8.5 would give 8); unrounded shown with ≈
--- args
eval t.rubric d.json
--- file t.rubric
rubric "rounding" {
    input 实际: number
    group g {
        indicator 甲 weight 10 { target >= 90; actual 实际; score proportional; round 1 down }
        indicator 乙 weight 10 { target >= 90; actual 实际; score proportional; round 1 }
        indicator 丙 weight 10 { target >= 80; actual 实际; score proportional; round 0 half_even }
        indicator 丁 weight 10 { target >= 90; actual 实际; score proportional }
    }
}
--- file d.json
{"实际": 70}
--- stdout
rounding

indicator  target  actual  weight     score
g                              40  ≈32.2778
  甲       ≥90     70          10       7.7
  乙       ≥90     70          10       7.8
  丙       ≥80     70          10         9
  丁       ≥90     70          10   ≈7.7778
-------------------------------------------
total                          40  ≈32.2778
grade                                    良
--- status
0
