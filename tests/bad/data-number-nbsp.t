# a non-breaking space before the digits: the message shows it as \u00a0, while an
# ASCII space is allowed
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
{"抽查批次": "\0302\02401962"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "\u00a01962" is not a number
    {"抽查批次": " 1962"}
     ^^^^^^^^^^
1 error
--- status
1
