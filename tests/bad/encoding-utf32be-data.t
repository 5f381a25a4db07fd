# data saved as UTF-32 big-endian with its byte order mark 00 00 FE FF: the
# message names UTF-32BE (the help line suggested GB18030)
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
\0000\0000\0376\0377\0000\0000\0000{\0000\0000\0000"\0000\0000b\0275\0000\0000g\0345\0000\0000by\0000\0000k!\0000\0000\0000"\0000\0000\0000:\0000\0000\0000 \0000\0000\00001\0000\0000\00009\0000\0000\00006\0000\0000\00002\0000\0000\0000}\0000\0000\0000
--- stderr
d.json:1:1: error[E301]: the data is UTF-32BE, not UTF-8
      ��   {   "  b�  g�  by  k!   "   :       1   9   6   2   }   
    ^^^^
help: convert it with 'iconv -f UTF-32BE -t UTF-8'
1 error
--- status
1
