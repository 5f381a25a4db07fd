# a key with a trailing space: the quoted key shows it, and a second error (the
# missing value) follows
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
{"抽查批次 ": 1962}
--- stderr
d.json:1:2: error[E304]: the template has no input or indicator called "抽查批次 "
    {"抽查批次 ": 1962}
     ^^^^^^^^^^^
help: did you mean '抽查批次'?
t.rubric:2:15: error[E303]: indicator 抽查批次: no value in the data
        indicator 抽查批次 weight 10 {
                  ^^^^^^^^
2 errors
--- status
1
