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
d.json:1:11: error[E301]: invalid UTF-8 byte 0xC0
    {"抽查批次": "��"}
                  ^
help: data files are UTF-8, and Chinese Excel often saves GB18030: convert it with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
