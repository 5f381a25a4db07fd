# -o naming the template itself: the template is replaced by the report,
# without a warning
--- args
eval t.rubric d.json -o t.rubric
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
rubric: -o t.rubric would replace the template it reads; give another file
--- status
2
--- file-out t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
