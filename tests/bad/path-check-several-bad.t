# rubric check with a missing file, a good one and a directory: both bad paths
# are reported, the good one is checked, and the status is 2
--- args
check nope.rubric t.rubric dir
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file dir/keep
x
--- stderr
rubric: dir holds no template (*.rubric)
rubric: cannot open nope.rubric: No such file or directory
--- status
2
