# Under `missing zero`, a grade's value marked 无数据 is marked (a level of
# its own is no mark), and a row whose marked value comes with the data's
# score takes that score, as an override; `explain` says so.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "ov" {
    missing zero
    indicator N weight 5 { target >= 90%; score proportional }
    indicator L weight 5 { score grade { 好: 5; 中: 3; 差: 0 } }
    indicator M weight 5 { score grade { 好: 5; 暂无: 1; 差: 0 } }
}
--- file d.json
{"N": {"actual": "未填报", "score": 4, "reason": "复核后认定"}, "L": "无数据", "M": "暂无"}
--- stdout
ov

indicator  target  actual  weight  score  remark
N          ≥90%    未填报       5     4*  marked 未填报: the data's score: 复核后认定
L                  无数据       5      0  marked 无数据: scores 0
M                  暂无         5      1
----------------------------------------
total                          15      5
grade                                 差

* score set by the data, overriding the rule
--- status
0
