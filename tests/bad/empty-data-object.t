# data that is an empty JSON object: the missing value is named
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{}
--- stderr
t.rubric:2:15: error[E303]: indicator 抽查批次: no value in the data
        indicator 抽查批次 weight 10 {
                  ^^^^^^^^
1 error
--- status
1
