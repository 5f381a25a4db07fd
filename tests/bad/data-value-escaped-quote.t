# a value holding quotes and a backslash: the message escapes them as JSON does
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
{"抽查批次": "\"19\\62\""}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: "\"19\\62\"" is not a number
    {"抽查批次": "\"19\\62\""}
     ^^^^^^^^^^
1 error
--- status
1
