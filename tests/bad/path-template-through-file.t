# a template path through a regular file (ENOTDIR)
--- args
check t.rubric/x
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- stderr
rubric: cannot open t.rubric/x: Not a directory
--- status
2
