# A ranged level's score written with 分 after it ("18分"): the score does
# not read, and that is the only error, quoted, with the number to write
# ("18" or 18, both read); once it said "not a string", though "18" is read,
# and added E311 "the data must pick the score" though the data gave one.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "定级得分写成字符串" { indicator 社会效益 weight 20 { score grade } }
--- file d.json
{"社会效益": {"level": "达成", "score": "18分"}}
--- stderr
d.json:1:2: error[E302]: indicator 社会效益: "score" must be a number of points, not "18分"
    {"社会效益": {"level": "达成", "score": "18分"}}
     ^^^^^^^^^^
help: write the number alone: 18 or "18"
1 error
--- status
1
