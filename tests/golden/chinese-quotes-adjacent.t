# a “string” or 「name」 followed directly by full-width punctuation or CJK text is still a string or a name
--- args
eval t.rubric d.json
--- file t.rubric
评分表 “引号” ｛
    指标 保护 分值 10 ｛ 目标 “有效保护”；得分 达标 ｝
    指标 「服务（%）」 分值 5 ｛ 目标 ≥ 95％；得分 按比例 ｝
｝
--- file d.json
{"保护": "有效保护", "服务（%）": "96%"}
--- stdout
引号

indicator  target    actual    weight  score
保护       有效保护  有效保护      10     10
服务（%）  ≥95%      96%            5      5
--------------------------------------------
total                              15     15
grade                                     优
--- status
0
