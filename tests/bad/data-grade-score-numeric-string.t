# A ranged level's score as a string holding a number ("18") is read as 18.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "定级得分写成字符串" { indicator 社会效益 weight 20 { score grade } }
--- file d.json
{"社会效益": {"level": "达成", "score": "18"}}
--- stdout
定级得分写成字符串

indicator  target  actual  weight  score
社会效益           达成        20     18
----------------------------------------
total                          20     18
grade                                 优
--- status
0
