# an unknown row field holding an escaped ESC: shown as \u001b
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
{"抽查批次": {"actual": 1962, "\u001bscore": 5}}
--- stderr
d.json:1:2: error[E302]: indicator 抽查批次: unknown field "\u001bscore"
    {"抽查批次": {"actual": 1962, "\u001bscore": 5}}
     ^^^^^^^^^^
help: a row has "actual", "score", "reason" and "published" (实际值, 得分, 偏差原因, 公布得分)
1 error
--- status
1
