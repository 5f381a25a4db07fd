# data cut off after a number, without a final newline: the caret is where the
# '}' is missing, and the help line names the line of the '{'
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
{"抽查批次": 19\c
--- stderr
d.json:1:12: error[E301]: the data ends before its closing '}'
    {"抽查批次": 19
                   ^
help: the '{' at line 1 is still open
1 error
--- status
1
