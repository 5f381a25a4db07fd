# two -o options: the last wins, silently; the first file is not written
--- args
eval t.rubric d.json -o a.txt -o b.txt
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962}
--- status
0
--- file-out b.txt
监督抽查

indicator  target  actual  weight  score
抽查批次   ≥2000   1962        10   9.81
----------------------------------------
total                          10   9.81
grade                                 优
