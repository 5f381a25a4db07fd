# A value in a gap of the published standard (资金到位率 exactly 90%) is an
# error on its row, which is marked 待核实: the table still comes out, the
# other rows scored, the total marked incomplete with no grade, exit 1.
--- args
eval t.rubric d.json
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
资金管理

indicator   target  actual  weight              score  remark
资金到位率  =100%   90%          4             待核实  pending: the rule cannot score this value
资金使用率  ≥95%    93%          6               5.87
-----------------------------------------------------
total                           10  5.87 (incomplete)
grade                                               -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:5:15: error[E307]: indicator 资金到位率: 90% falls in no band
            score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
                  ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
1 error
--- status
1
