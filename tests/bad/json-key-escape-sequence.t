# a key holding an escaped ESC: the message shows it as \u001b, never raw to the
# terminal
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
{"抽查批次": 1962, "\u001b[2J": 1}
--- stderr
d.json:1:16: error[E304]: the template has no input or indicator called "\u001b[2J"
    {"抽查批次": 1962, "\u001b[2J": 1}
                       ^^^^^^^^^^^
1 error
--- status
1
