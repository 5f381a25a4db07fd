# a Windows path with single backslashes in a string: an escape JSON does not have
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
  "$comment": "D:\绩效\2023.json"
}
--- stderr
d.json:3:18: error[E301]: invalid escape in a string
      "$comment": "D:\绩效\2023.json"
                     ^^^
help: the escapes are \" \\ \/ \b \f \n \r \t and \u with four hex digits; a backslash itself is written \\
1 error
--- status
1
