# a key holding an escaped newline: the message shows it as \n, on one line
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
{"抽查批次": 1962, "抽查\n批次": 1}
--- stderr
d.json:1:16: error[E304]: the template has no input or indicator called "抽查\n批次"
    {"抽查批次": 1962, "抽查\n批次": 1}
                       ^^^^^^^^^^^^
help: did you mean '抽查批次'?
1 error
--- status
1
