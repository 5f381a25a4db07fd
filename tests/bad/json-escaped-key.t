# a key written with \u escapes: the error points at the key
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
{"\u62bd\u67e5\u6279\u6b21": "x"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "x" is not a number
    {"\u62bd\u67e5\u6279\u6b21": "x"}
     ^^^^^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
