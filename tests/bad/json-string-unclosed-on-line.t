# a string whose closing quote is missing: the string runs into the line break
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
  "抽查批次": "1962,
  "其他": 1
}
--- stderr
d.json:2:11: error[E301]: the string has no closing '"' on its line
      "抽查批次": "1962,
                  ^^^^^^
help: a line break inside a string is written \n
1 error
--- status
1
