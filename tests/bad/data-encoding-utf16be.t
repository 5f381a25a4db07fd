# data saved as UTF-16 big-endian with its byte order mark FE FF: the message
# names UTF-16BE, and the help line the iconv command that converts it
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
d.json:1:1: error[E301]: the data is UTF-16BE, not UTF-8
    �� { " a " : 1 }
    ^^
help: convert it with 'iconv -f UTF-16BE -t UTF-8'
1 error
--- status
1
