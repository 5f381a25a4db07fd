# A page is written for one unit; a CSV of many units is refused with -f html.
--- args
eval t.rubric u.csv -f html
--- file t.rubric
rubric "评分" {
    total 10
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file u.csv
甲
90
--- stderr
rubric: a page is written for one unit (DATA.json); many units are written as -f csv or ndjson
--- status
2
