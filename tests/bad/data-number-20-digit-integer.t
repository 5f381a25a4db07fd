# a 20-digit JSON integer: refused ("too big integer"), though the same digits in a string
# are read exactly
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 12345678901234567890}
--- stderr
d.json:1:29: error[E301]: too big integer near '12345678901234567890'
    {"抽查批次": 12345678901234567890}
                                    ^
1 error
--- status
1
