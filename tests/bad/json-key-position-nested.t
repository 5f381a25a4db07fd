# an unknown top-level key "actual" is reported at its own place, not at the
# "actual" inside the row object before it
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
{"抽查批次": {"actual": 1962, "reason": "无"}, "actual": 5}
--- stderr
d.json:1:43: error[E304]: the template has no input or indicator called "actual"
    {"抽查批次": {"actual": 1962, "reason": "无"}, "actual": 5}
                                                   ^^^^^^^^
1 error
--- status
1
