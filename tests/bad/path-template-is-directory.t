# a directory given as the template
--- args
check dir
--- file dir/t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- stderr
rubric: cannot read dir: it is a directory
--- status
2
