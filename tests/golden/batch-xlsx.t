# -o FILE.xlsx of many units writes one workbook (read back by
# tests/run-reports): nothing on standard output or error, exit 0.
--- args
eval t.rubric u.csv -o out.xlsx
--- file t.rubric
rubric "评分" {
    total 10
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file u.csv
项目编号,甲
P1,90
P3,100
