# a template named -x.rubric cannot be given at all, not even after '--'
--- args
check -- -x.rubric
--- file -x.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- status
0
