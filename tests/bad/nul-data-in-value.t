# a raw NUL byte inside a string value of the data
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
{"抽查批次": "19\000062"}
--- stderr
d.json:1:12: error[E301]: control character 0x0 near '"19'
    {"抽查批次": "19 62"}
                   ^
1 error
--- status
1
