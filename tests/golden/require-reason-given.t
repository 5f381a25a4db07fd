# require reason: with a reason for every row below full marks the table scores; overrides are marked and show the rule's score
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
  "覆盖率": {"actual": "95%", "reason": "疫情原因未覆盖完全"},
  "合格率": {"actual": "96%", "score": 9, "reason": "抽检发现问题"},
  "及时率": {"actual": "90%", "reason": "疫情影响"},
  "满意度": {"actual": "96%", "score": 4, "reason": "个别投诉"}
}
--- stdout
偏差原因

indicator  target  actual  weight  score  remark
产出                           30     27
  覆盖率   ≥100%   95%         10    9.5  疫情原因未覆盖完全
  合格率   ≥95%    96%         10     9*  overridden, the rule gives 10: 抽检发现问题
  及时率   ≥100%   90%          5    4.5  疫情影响
  满意度           96%          5      4  个别投诉
----------------------------------------
total                          30     27
grade                                 优

* score set by the data, overriding the rule
--- status
0
