# a JSON number '0x7AA'
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
d.json:1:11: error[E301]: '}' expected near 'x'
    {"抽查批次": 0x7AA}
                  ^
1 error
--- status
1
