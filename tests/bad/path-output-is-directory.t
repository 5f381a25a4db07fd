# a directory given as the -o output
--- args
eval t.rubric d.json -o dir
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962}
--- file dir/keep
x
--- stderr
rubric: cannot write dir: it is a directory (-o dir/ writes a workbook per unit into it)
--- status
2
