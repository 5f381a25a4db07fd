# row objects: unknown fields, a computed actual given, a percent as a score, a picked score outside the level's range, unknown $ keys
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
  "覆盖率": {"actual": "95%", "score": 11, "reson": "x"},
  "执行率": {"actual": "90%"},
  "满意度": {"score": "4%", "published": "a"},
  "合同": {"level": "较完备", "score": 3.5},
  "$published": {"total": 20, "note": 1},
  "$total": 1
}
--- stderr
d.json:3:3: error[E302]: indicator 覆盖率: unknown field "reson"
      "覆盖率": {"actual": "95%", "score": 11, "reson": "x"},
      ^^^^^^^^
help: a row has "actual", "score", "reason" and "published" (实际值, 得分, 偏差原因, 公布得分)
d.json:4:3: error[E302]: indicator 执行率 computes its actual: the data cannot give it
      "执行率": {"actual": "90%"},
      ^^^^^^^^
help: give the inputs its actual is computed from
d.json:5:3: error[E302]: indicator 满意度: "score" must be a number of points, not a percent
      "满意度": {"score": "4%", "published": "a"},
      ^^^^^^^^
d.json:5:3: error[E302]: indicator 满意度: "published" must be a number of points, not "a"
      "满意度": {"score": "4%", "published": "a"},
      ^^^^^^^^
help: points are a number, 18, or a string holding one, "18"
d.json:7:3: error[E302]: $published: unknown field "note" (it has "total", "max", "grade" and "groups")
      "$published": {"total": 20, "note": 1},
      ^^^^^^^^^^^^
d.json:8:3: error[E304]: unknown key "$total" (the data may have "$published", "$id" and "$form")
      "$total": 1
      ^^^^^^^^
t.rubric:8:39: error[E311]: indicator 合同: score 3.5 is outside [2, 3], the range of level 较完备
            indicator 合同 weight 4 { score grade { 完备: 4; 较完备: 2..3; 不完备: 0 } }
                                            ^^^^^
7 errors
--- status
1
