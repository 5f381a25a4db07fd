# a raw NUL byte inside a key of the data
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
{"抽查批次\0000": 1962}
--- stderr
d.json:1:8: error[E301]: control character 0x0 near '"抽查批次'
    {"抽查批次 ": 1962}
              ^
1 error
--- status
1
