# explain of a unit with a row pending: the row says why it has no score,
# the others are explained as usual; exit 1.
--- args
explain t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    round 2
    indicator 资金到位率 weight 4 {
        target = 100%
        score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
    }
    indicator 资金使用率 weight 6 { target >= 95%; score proportional }
}
--- file d.json
{"资金到位率": "90%", "资金使用率": "93%"}
--- stdout
资金到位率 (t.rubric:3)
  actual 90%: the rule cannot score it, the row is pending (待核实)

资金使用率 (t.rubric:7)
  >= 95%
  proportional (t.rubric:7)
  actual 93%, target 95%, weight 6
  93% ≥ 95%: no
  93% ÷ 95% × 6 = ≈5.8736842105
  max(0, ≈5.8736842105) = ≈5.8736842105
  ≈5.8736842105 → 5.87 (to 2 decimals, half up)
  score: 5.87 of 6
--- stderr
t.rubric:5:15: error[E307]: indicator 资金到位率: 90% falls in no band
            score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
                  ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
1 error
--- status
1
