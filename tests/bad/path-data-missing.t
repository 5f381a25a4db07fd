# a data file that does not exist
--- args
eval t.rubric nope.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- stderr
rubric: cannot open nope.json: No such file or directory
--- status
2
