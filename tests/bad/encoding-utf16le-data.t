# data saved as UTF-16 little-endian with its byte order mark FF FE: the
# message names UTF-16LE, and the help line the iconv command that converts it
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
\0377\0376{\0000"\0000\0275b\0345gyb!k"\0000:\0000 \00001\00009\00006\00002\0000}\0000
\0000\c
--- stderr
d.json:1:1: error[E301]: the data is UTF-16LE, not UTF-8
    ��{ " �b�gyb!k" :   1 9 6 2 } 
    ^^
help: convert it with 'iconv -f UTF-16LE -t UTF-8'
1 error
--- status
1
