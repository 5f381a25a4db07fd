# "1,0": a comma that groups no thousands is not read (it could be a
# decimal comma); the help says how to write the number
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 { target >= 2000; score proportional }
}
--- file d.json
{"抽查批次": "1,0"}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "1,0" is not a number
    {"抽查批次": "1,0"}
     ^^^^^^^^^^
help: a comma may only group the thousands, by threes ("1,234.5"): write the number without it, with '.' before a fraction
1 error
--- status
1
