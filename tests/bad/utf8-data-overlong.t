# invalid UTF-8 in the data: the overlong encoding C0 AF inside a string value
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
{"抽查批次": "\0300\0257"}
--- stderr
d.json:1:10: error[E301]: unable to decode byte 0xc0 near '"'
    {"抽查批次": "��"}
                 ^
help: the data must be UTF-8; a file saved by Chinese Excel is often GB18030
1 error
--- status
1
