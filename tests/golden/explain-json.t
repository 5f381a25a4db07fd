# explain -f json: one JSON document, per indicator its name, the groups above
# it, where it is written, its weight and score, and the explanation's lines
# (in the language of messages; text from the template or the data escaped).
--- args
explain t.rubric d.json -f json --lang zh
--- file t.rubric
rubric "评分" {
    round 2
    total 10
    group 产出 {
        indicator 甲 weight 6 { target >= 100; score proportional }
        indicator 乙 weight 4 { score checklist { 制度: 2; 「台账"一"」: 2 } }
    }
}
--- file d.json
{"甲": 95.5, "乙": ["台账\"一\""]}
--- stdout
{
  "title": "评分",
  "indicators": [
    {"name": "甲", "path": ["产出"], "file": "t.rubric", "line": 5, "weight": 6, "score": 5.73, "lines": [">= 100", "proportional (t.rubric:5)", "实际值 95.5，目标值 100，分值 6", "95.5 ≥ 100：否", "95.5 ÷ 100 × 6 = 5.73", "max(0, 5.73) = 5.73", "得分：5.73（分值 6）"]},
    {"name": "乙", "path": ["产出"], "file": "t.rubric", "line": 6, "weight": 4, "score": 2, "lines": ["checklist (t.rubric:6)", "实际值 台账\"一\"，分值 4", "符合 台账\"一\"：2 分", "共 2 项，符合 1 项：2 分", "得分：2（分值 4）"]}
  ]
}
