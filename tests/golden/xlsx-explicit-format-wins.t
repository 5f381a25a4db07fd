# -f text with -o FILE.xlsx writes the text table: the format given wins over the
# file name.
--- args
eval t.rubric d.json -f text -o out.xlsx
--- file t.rubric
rubric "评分" {
    total 10
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file d.json
{"甲": 90}
--- file-out out.xlsx
评分

indicator  target  actual  weight  score
甲         ≥100    90          10      9
----------------------------------------
total                          10      9
grade                                 优
