# the same field twice in a row object, on different lines: the message names the
# line of the first
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
{"抽查批次": {
  "actual": 1962,
  "score": 5,
  "actual": 2000
}}
--- stderr
d.json:4:3: error[E301]: the key "actual" is given twice: first on line 2
      "actual": 2000
      ^^^^^^^^
1 error
--- status
1
