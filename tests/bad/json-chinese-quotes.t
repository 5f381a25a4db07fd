# a key in Chinese quotes “”: the help line says JSON's quotes are ASCII
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
{“抽查批次”: 1962}
--- stderr
d.json:1:2: error[E301]: expected a key in double quotes
    {“抽查批次”: 1962}
     ^^^^^^^^^^
help: JSON's punctuation is ASCII: write ',' ':' and '"', not '，' '：' and '“”'
1 error
--- status
1
