# explain of rows marked 未填报: the policy's score, or the data's.
--- args
explain t.rubric d.json
--- file t.rubric
rubric "ov" {
    missing zero
    indicator N weight 5 { target >= 90%; score proportional }
    group G weight 5 {
        missing rescale
        indicator L weight 5 { score grade { 好: 5; 中: 3; 差: 0 } }
    }
}
--- file d.json
{"N": {"actual": "未填报", "score": 4, "reason": "复核后认定"}, "L": "无数据"}
--- stdout
N (t.rubric:3)
  marked 未填报: the data gives the score, 4

L (t.rubric:6)
  marked 无数据: left out, the total rescaled (missing rescale)
--- status
0
