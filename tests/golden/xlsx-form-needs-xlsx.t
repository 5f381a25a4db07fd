# --form lays out a workbook: with a text table it is a usage error.
--- args
eval t.rubric d.json --form self
--- file t.rubric
rubric "评分" {
    total 10
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file d.json
{"甲": 90}
--- stderr
rubric: --form lays out a report; give -f xlsx, html, md or csv (or -o FILE.xlsx)
--- status
2
