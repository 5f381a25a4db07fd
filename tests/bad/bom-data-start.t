# a UTF-8 byte order mark at the start of the data (Windows Notepad and Excel's
# "UTF-8" write one) is skipped, as a template's is
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file-bytes d.json
\0357\0273\0277{"抽查批次": 1962}
--- stdout
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   1962        10   9.81
----------------------------------------
total                          10   9.81
grade                                 优
--- status
0
