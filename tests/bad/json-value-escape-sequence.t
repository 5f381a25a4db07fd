# a value holding an escaped ESC: the message shows it as \u001b, never raw to
# the terminal
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
{"抽查批次": "\u001b[31m1962"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "\u001b[31m1962" is not a number
    {"抽查批次": "\u001b[31m1962"}
     ^^^^^^^^^^
1 error
--- status
1
