# an error in data with CRLF line endings points at the right line
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file-bytes d.json
{\r
  "抽查批次": "一千"\r
}\r
--- stderr
d.json:2:3: error[E302]: indicator 抽查批次: "一千" is not a number
      "抽查批次": "一千"
      ^^^^^^^^^^
1 error
--- status
1
