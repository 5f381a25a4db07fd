# a directory given as the data
--- args
eval t.rubric dir
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file dir/d.json
{"抽查批次": 1962}
--- stderr
rubric: cannot read dir: it is a directory
--- status
2
