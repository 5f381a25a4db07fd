# the data escapes a lone surrogate, \ud800, in a string value
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
{"抽查批次": "\ud800"}
--- stderr
d.json:1:11: error[E301]: the escape \ud800 is half of a UTF-16 surrogate pair, without its other half
    {"抽查批次": "\ud800"}
                  ^^^^^^
1 error
--- status
1
