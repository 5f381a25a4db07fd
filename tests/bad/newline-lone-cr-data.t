# data whose lines end in a lone CR: the error is on "line 1" of a file of three
# lines
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
{\r  "抽查批次": 1962,\r  "抽查": 1\r}\r\c
--- stderr
d.json:1:21: error[E304]: the template has no input or indicator called "抽查"
    {   "抽查批次": 1962,   "抽查": 1 }
                            ^^^^^^
1 error
--- status
1
