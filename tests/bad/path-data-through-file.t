# a data path through a regular file (ENOTDIR)
--- args
eval t.rubric d.json/x
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962}
--- stderr
rubric: cannot open d.json/x: Not a directory
--- status
2
