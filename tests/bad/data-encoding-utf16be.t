# data saved as UTF-16 big-endian with its byte order mark FE FF: the help line
# says UTF-16
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
\0376\0377\0000{\0000"\0000a\0000"\0000:\00001\0000}
--- stderr
d.json:1:1: error[E301]: invalid UTF-8 byte 0xFE
    �� { " a " : 1 }
    ^
help: the data is UTF-16; convert it with 'iconv -f UTF-16 -t UTF-8'
1 error
--- status
1
