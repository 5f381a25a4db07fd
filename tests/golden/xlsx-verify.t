# --verify writes its findings in the text or JSON table, not in a workbook.
--- args
eval t.rubric d.json -f xlsx --verify
--- file t.rubric
rubric "评分" {
    total 10
    indicator 甲 weight 10 { target >= 100; score proportional }
}
--- file d.json
{"甲": 90}
--- stderr
rubric: --verify writes its findings in the text or JSON table, not in a workbook
--- status
2
