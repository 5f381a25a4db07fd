# data saved as GB18030: the key 抽查批次
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
{"\0263\0351\0262\0351\0305\0372\0264\0316": 1962}
--- stderr
d.json:1:2: error[E301]: unable to decode byte 0xb3 near '"'
    {"��������": 1962}
     ^
help: the data must be UTF-8; a file saved by Chinese Excel is often GB18030
1 error
--- status
1
