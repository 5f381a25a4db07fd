# A score with no exact decimal (10/3: a template without `round`) is written
# in a CSV of many units as JSON writes it, rounded half up to 10 decimals,
# never as a fraction, which a spreadsheet would read as a date (10月3日).
--- args
eval t.rubric units.csv -f csv
--- file t.rubric
rubric "分数" {
    indicator 甲 weight 10 { target >= 3; score proportional }
    indicator 乙 weight 10 { target >= 4; score proportional }
}
--- file units.csv
甲,乙
1,3
2,1
--- stdout
甲,乙,total,grade,errors
3.3333333333,7.5,10.8333333333,差,0
6.6666666667,2.5,9.1666666667,差,0
--- status
0
