# data saved as UTF-16 big-endian without a byte order mark: the NUL bytes
# before "{" and '"' tell (the help line suggested GB18030)
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
\0000{\0000"b\0275g\0345byk!\0000"\0000:\0000 \00001\00009\00006\00002\0000}\0000
--- stderr
d.json:1:1: error[E301]: the data is UTF-16BE, not UTF-8
     { "b�g�byk! " :   1 9 6 2 } 
    ^^
help: convert it with 'iconv -f UTF-16BE -t UTF-8'
1 error
--- status
1
