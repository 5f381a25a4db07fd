# a NUL byte inside a `quoted` name cuts the name there: the indicator
# `资金<NUL>到位率` is scored from the data key "资金", silently
--- args
eval t.rubric d.json
--- file-bytes t.rubric
rubric "资金管理" {
    indicator `资金\0000到位率` weight 10 { score judged }
}
--- file d.json
{"资金": 8}
--- stderr
t.rubric:2:18: error[E001]: a NUL byte in a name
        indicator `资金 到位率` weight 10 { score judged }
                       ^
1 error
--- status
1
