# --verify of a unit with a row pending: the rows scored are compared with
# their published scores; the pending row, the total, the grade and the
# group's subtotal are not (their values are not known yet). Exit 1.
--- args
eval --verify t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    round 2
    group 投入 {
        indicator 资金到位率 weight 4 {
            target = 100%
            score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
        }
        indicator 资金使用率 weight 6 { target >= 95%; score proportional }
    }
}
--- file d.json
{"资金到位率": {"actual": "90%", "published": 2}, "资金使用率": {"actual": "93%", "published": 5.8}, "$published": {"total": 7.8, "grade": "优", "groups": {"投入": 7.8}}}
--- stdout
资金管理

indicator     target  actual  weight              score  published  remark
投入                              10  5.87 (incomplete)
  资金到位率  =100%   90%          4             待核实          2  pending: the rule cannot score this value
  资金使用率  ≥95%    93%          6               5.87      5.8 ≠
------------------------------------------------------------------
total                             10  5.87 (incomplete)        7.8
grade                                                 -         优

1 indicator pending (待核实): the total is of the rows scored, and has no grade

verify: 1 finding; 2 published row scores checked
  资金使用率: published 5.8, the rule gives 5.87
--- stderr
t.rubric:6:19: error[E307]: indicator 资金到位率: 90% falls in no band
                score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
                      ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
1 error
--- status
1
