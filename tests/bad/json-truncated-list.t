# data cut off inside a list: the help line names the line of the open '['
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
  "抽查批次": {"actual": 1962},
  "其他": ["a",
--- stderr
d.json:3:14: error[E301]: the data ends before its closing ']'
      "其他": ["a",
                   ^
help: the '[' at line 3 is still open
1 error
--- status
1
