# explain -f json of the indicators named, in the order named; a checklist
# with no item met shows "none" for its actual.
--- args
explain t.rubric d.json 乙 甲 -f json
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
{"甲": 95.5, "乙": []}
--- stdout
{
  "title": "评分",
  "indicators": [
    {"name": "乙", "path": ["产出"], "file": "t.rubric", "line": 6, "weight": 4, "score": 0, "lines": ["checklist (t.rubric:6)", "actual none, weight 4", "0 of 2 items met: 0 points", "score: 0 of 4"]},
    {"name": "甲", "path": ["产出"], "file": "t.rubric", "line": 5, "weight": 6, "score": 5.73, "lines": [">= 100", "proportional (t.rubric:5)", "actual 95.5, target 100, weight 6", "95.5 ≥ 100: no", "95.5 ÷ 100 × 6 = 5.73", "max(0, 5.73) = 5.73", "score: 5.73 of 6"]}
  ]
}
