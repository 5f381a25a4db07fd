# /dev/null as the data: empty data
--- args
eval t.rubric /dev/null
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- stderr
/dev/null:1:1: error[E301]: the data file is empty
    
    ^
1 error
--- status
1
