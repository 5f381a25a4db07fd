# an unquoted key: the caret spans the key
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
{抽查批次: 1962}
--- stderr
d.json:1:2: error[E301]: expected a key in double quotes
    {抽查批次: 1962}
     ^^^^^^^^
1 error
--- status
1
