# a picked score must lie in its level's range: 80% of the weight is 达成, not 部分达成; a range open at the top excludes it
--- args
eval t.rubric d.json
--- file t.rubric
rubric "定性指标" {
    levels 完备度 { 完备: weight; 较完备: [50% * weight, weight) "有制度，不完整"; 不完备: 0 }
    levels 五级 { 优: weight; 良: 0.8 * weight; 中: 0.6 * weight; 低: 0.4 * weight; 差: 0 }
    group 效益 {
        indicator 社会效益 weight 10 { target "显著"; score grade }          # 达成 / 部分达成 / 未达成
        indicator 生态效益 weight 10 { score grade }
        indicator 制度 weight 4 { score grade 完备度 }
        indicator 满意 weight 5 { score grade 五级 }
    }
}
--- file d.json
{"社会效益": {"level": "部分达成", "score": 8}, "生态效益": "未达成",
 "制度": {"actual": "较完备", "score": 4}, "满意": "较好"}
--- stdout
定性指标

indicator   target  actual    weight           score  remark
效益                              29  0 (incomplete)
  社会效益  显著    部分达成      10          待核实  pending: the rule cannot score this value
  生态效益          未达成        10          待核实  pending: the rule cannot score this value
  制度              较完备         4          待核实  pending: the rule cannot score this value
  满意              较好           5          待核实  pending: the rule cannot score this value
----------------------------------------------------
total                             29  0 (incomplete)
grade                                              -

4 indicators pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:5:55: error[E311]: indicator 社会效益: score 8 is outside [6, 8), the range of level 部分达成
            indicator 社会效益 weight 10 { target "显著"; score grade }          # 达成 / 部分达成 / 未达成
                                                                ^^^^^
t.rubric:6:42: error[E311]: indicator 生态效益: level 未达成 gives [0, 6) points: the data must pick the score
            indicator 生态效益 weight 10 { score grade }
                                                 ^^^^^
help: give {"level": "未达成", "score": N}
t.rubric:7:39: error[E311]: indicator 制度: score 4 is outside [2, 4), the range of level 较完备
            indicator 制度 weight 4 { score grade 完备度 }
                                            ^^^^^^^^^^^^
t.rubric:8:39: error[E310]: indicator 满意: "较好" is not one of its levels
            indicator 满意 weight 5 { score grade 五级 }
                                            ^^^^^^^^^^
help: the choices are: 优, 良, 中, 低, 差
4 errors
--- status
1
