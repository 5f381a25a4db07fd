# data saved as GB18030: the key 抽查批次; the help line gives the iconv command
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
d.json:1:3: error[E301]: invalid UTF-8 byte 0xB3
    {"��������": 1962}
      ^
help: data files are UTF-8, and Chinese Excel often saves GB18030: convert it with 'iconv -f GB18030 -t UTF-8'
1 error
--- status
1
