# a byte order mark in the middle of the data, before a value
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
{"抽查批次": \0357\0273\02771962}
--- stderr
d.json:1:12: error[E301]: invalid token near '﻿'
    {"抽查批次": ﻿1962}
                   ^
1 error
--- status
1
