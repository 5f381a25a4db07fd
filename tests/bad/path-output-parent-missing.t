# an output in a directory that does not exist
--- args
eval t.rubric d.json -o nodir/out.txt
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
rubric: cannot write nodir/out.txt: No such file or directory
--- status
2
