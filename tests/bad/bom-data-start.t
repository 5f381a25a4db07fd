# a UTF-8 byte order mark at the start of the data (Windows Notepad and Excel's
# "UTF-8" write one) is rejected, though a template's is ignored
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
\0357\0273\0277{"抽查批次": 1962}
--- stderr
d.json:1:3: error[E301]: '[' or '{' expected near '﻿'
    ﻿{"抽查批次": 1962}
      ^
1 error
--- status
1
