# a trailing comma after the last member, the '}' on the next line
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
  "抽查批次": 1962,
}
--- stderr
d.json:2:15: error[E301]: a comma after the last value: JSON allows none before '}'
      "抽查批次": 1962,
                      ^
1 error
--- status
1
