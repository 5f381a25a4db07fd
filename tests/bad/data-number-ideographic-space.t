# an ideographic space U+3000 before the digits (white space in templates): the
# message shows it as \u3000
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
{"抽查批次": "\0343\0200\02001962"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "\u30001962" is not a number
    {"抽查批次": "　1962"}
     ^^^^^^^^^^
1 error
--- status
1
