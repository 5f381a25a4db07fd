# a top-level number
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
1962
--- stderr
d.json:1:4: error[E301]: '[' or '{' expected near '1962'
    1962
       ^
1 error
--- status
1
