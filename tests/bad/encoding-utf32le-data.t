# data saved as UTF-32 little-endian with its byte order mark FF FE 00 00: the
# message names UTF-32LE (it said UTF-16), and the help line the iconv command
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
\0377\0376\0000\0000{\0000\0000\0000"\0000\0000\0000\0275b\0000\0000\0345g\0000\0000yb\0000\0000!k\0000\0000"\0000\0000\0000:\0000\0000\0000 \0000\0000\00001\0000\0000\00009\0000\0000\00006\0000\0000\00002\0000\0000\0000}\0000\0000\0000
\0000\0000\0000\c
--- stderr
d.json:1:1: error[E301]: the data is UTF-32LE, not UTF-8
    ��  {   "   �b  �g  yb  !k  "   :       1   9   6   2   }   
    ^^^^
help: convert it with 'iconv -f UTF-32LE -t UTF-8'
1 error
--- status
1
