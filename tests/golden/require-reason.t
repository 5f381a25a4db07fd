# require reason: every row below full marks without a reason is an error naming it, and
# the row is pending (待核实, its remark says why), the total incomplete with no grade; "/" is no reason
--- args
eval t.rubric d.json
--- file t.rubric
rubric "偏差原因" {
    require reason
    group 产出 {
        indicator 覆盖率 weight 10 { target >= 100%; score proportional }
        indicator 合格率 weight 10 { target >= 95%; score proportional }
        indicator 及时率 weight 5 { target >= 100%; score proportional }
        indicator 满意度 weight 5 { score judged }
    }
}
--- file d.json
{
  "覆盖率": "95%",
  "合格率": {"actual": "96%", "score": 9},
  "及时率": {"actual": "90%", "reason": "疫情影响"},
  "满意度": {"actual": "96%", "score": 4, "reason": "/"}
}
--- stdout
偏差原因

indicator  target  actual  weight             score  remark
产出                           30  4.5 (incomplete)
  覆盖率   ≥100%   95%         10            待核实  pending: below full marks without a reason
  合格率   ≥95%    96%         10            待核实  pending: below full marks without a reason
  及时率   ≥100%   90%          5               4.5  疫情影响
  满意度           96%          5            待核实  pending: below full marks without a reason
---------------------------------------------------
total                          30  4.5 (incomplete)
grade                                             -

3 indicators pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:4:19: error[E314]: indicator 覆盖率: scored 9.5 of 10, without a reason (偏差原因)
            indicator 覆盖率 weight 10 { target >= 100%; score proportional }
                      ^^^^^^
help: the template requires a reason for every score below full marks: give {"actual": ..., "reason": "..."} in the data
t.rubric:5:19: error[E314]: indicator 合格率: scored 9 of 10 by the data, without a reason (偏差原因)
            indicator 合格率 weight 10 { target >= 95%; score proportional }
                      ^^^^^^
help: the rule gives 10; the template requires a reason for every score below full marks
t.rubric:7:19: error[E314]: indicator 满意度: scored 4 of 5, without a reason (偏差原因)
            indicator 满意度 weight 5 { score judged }
                      ^^^^^^
help: the template requires a reason for every score below full marks: give {"actual": ..., "score": N, "reason": "..."} in the data
3 errors
--- status
1
