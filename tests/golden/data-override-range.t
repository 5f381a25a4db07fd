# an override outside [0, weight] is an error; an indicator with a computed actual cannot be given a value
--- args
eval t.rubric d.json
--- file t.rubric
rubric "overrides" {
    round 1
    input 预算: number
    group g {
        indicator 覆盖率 weight 10 { target >= 100%; score proportional }
        indicator 执行率 weight 10 { actual 预算 / 100; score min(actual, 1) * weight }
        indicator 满意度 weight 5 { score judged }
        indicator 合同 weight 4 { score grade { 完备: 4; 较完备: 2..3; 不完备: 0 } }
    }
}
--- file d.json
{
  "预算": 90,
  "覆盖率": {"actual": "95%", "score": 11},
  "执行率": 95,
  "满意度": 6,
  "合同": "较完备"
}
--- stderr
d.json:4:3: error[E302]: indicator 执行率 computes its actual: the data cannot give it
      "执行率": 95,
      ^^^^^^^^
help: give the inputs it is computed from; an object {"score": N, "reason": "...", "published": N} may override or audit its score
t.rubric:5:19: error[E313]: indicator 覆盖率: the score 11 given in the data is outside [0, 10]
            indicator 覆盖率 weight 10 { target >= 100%; score proportional }
                      ^^^^^^
t.rubric:7:19: error[E312]: indicator 满意度: the judged score 6 is outside 0..5
            indicator 满意度 weight 5 { score judged }
                      ^^^^^^
t.rubric:8:39: error[E311]: indicator 合同: level 较完备 gives [2, 3] points: the data must pick the score
            indicator 合同 weight 4 { score grade { 完备: 4; 较完备: 2..3; 不完备: 0 } }
                                            ^^^^^
help: give {"level": "较完备", "score": N}
4 errors
--- status
1
