# --rank ranks the units' rows of -f csv; a form's table (--form) has a line
# per row, not per unit, and is refused with it.
--- args
eval t.rubric u.csv -f csv --form score --rank
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
rubric: --rank adds a column to the units' rows of -f csv, not to a form's (--form)
--- status
2
