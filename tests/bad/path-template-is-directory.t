# a directory given as the template: the templates in it are checked
--- args
check dir
--- file dir/t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
