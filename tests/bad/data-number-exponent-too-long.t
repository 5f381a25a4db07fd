# a JSON number that written out has more than 4096 digits (1e5000): an error
# naming the input, not a rounded or infinite value
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
{"抽查批次": 1e5000}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: the number 1e5000 is too long to read exactly (more than 4096 digits written out)
    {"抽查批次": 1e5000}
     ^^^^^^^^^^
1 error
--- status
1
