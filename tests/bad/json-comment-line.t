# a // comment in the data: the caret spans the comment
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
  // 抽查
  "抽查批次": 1962
}
--- stderr
d.json:2:3: error[E301]: JSON data cannot have comments
      // 抽查
      ^^^^^^^
1 error
--- status
1
