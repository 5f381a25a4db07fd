# --explain with -f csv needs --form: the units' rows have no place for a
# 计分说明.
--- args
eval t.rubric u.csv -f csv --explain
--- file t.rubric
rubric "评分" {
    round 2
    total 10
    group 产出 {
        indicator 甲 weight 6 { note "按完成比例计分"; target >= 100; score proportional }
        indicator 乙 weight 4 { score checklist { 制度: 2; 台账: 2 } }
    }
}
--- file u.csv
项目编号,甲,乙
P1,95.5,制度
--- stderr
rubric: --explain adds the 计分说明 to a report; give -f xlsx, html, md, or csv with --form, or run rubric explain
--- status
2
