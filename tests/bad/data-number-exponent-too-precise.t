# a JSON number with more than 4096 decimal places written out (1e-5000): an
# error naming the input, not 0
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
{"抽查批次": 1e-5000}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: the number 1e-5000 is too long to read exactly (more than 4096 digits written out)
    {"抽查批次": 1e-5000}
     ^^^^^^^^^^
1 error
--- status
1
