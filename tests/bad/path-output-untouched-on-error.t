# with an error in the data, an existing -o file is left as it was
--- args
eval t.rubric d.json -o out.txt
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": "x"}
--- file out.txt
old report
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "x" is not a number
    {"抽查批次": "x"}
     ^^^^^^^^^^
1 error
--- status
1
--- file-out out.txt
old report
