# a missing comma between two members: the caret is on the second key
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
{
  "抽查批次": 1962
  "其他": 1
}
--- stderr
d.json:3:3: error[E301]: expected ',' or '}' after the value
      "其他": 1
      ^^^^^^
1 error
--- status
1
