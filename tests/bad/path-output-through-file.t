# an output path through a regular file (ENOTDIR)
--- args
eval t.rubric d.json -o t.rubric/out.txt
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
rubric: cannot write t.rubric/out.txt: Not a directory
--- status
2
