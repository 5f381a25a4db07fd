# invalid UTF-8 in the data: a byte 0xFF inside a string value
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
{"抽查批次": "19\037762"}
--- stderr
d.json:1:12: error[E301]: unable to decode byte 0xff near '"19'
    {"抽查批次": "19�62"}
                   ^
help: the data must be UTF-8; a file saved by Chinese Excel is often GB18030
1 error
--- status
1
