# a full-width comma ， after a value: the help line says JSON's punctuation is
# ASCII
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
{"抽查批次": 1962，}
--- stderr
d.json:1:14: error[E301]: expected ',' or '}' after the value
    {"抽查批次": 1962，}
                     ^^
help: JSON's punctuation is ASCII: write ',' ':' and '"', not '，' '：' and '“”'
1 error
--- status
1
