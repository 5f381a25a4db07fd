# --explain is for a report (xlsx, html, md); the text table has rubric explain.
--- args
eval t.rubric d.json --explain
--- file t.rubric
rubric "评分" {
    round 2
    total 10
    group 产出 {
        indicator 甲 weight 6 { target >= 100; score proportional }
        indicator 乙 weight 4 { score checklist { 制度: 2; 台账: 2 } }
    }
}
--- file d.json
{"甲": 95.5, "乙": ["制度"]}
--- stderr
rubric: --explain adds the 计分说明 to a report; give -f xlsx, html, md, or csv with --form, or run rubric explain
--- status
2
