# a JSON number '0x7AA': not a JSON value
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
{"抽查批次": 0x7AA}
--- stderr
d.json:1:10: error[E301]: 0x7AA is not a JSON value
    {"抽查批次": 0x7AA}
                 ^^^^^
help: write text, a date or a percent in double quotes ("95%"), a number as 1962 or 0.5, or true, false or null
1 error
--- status
1
