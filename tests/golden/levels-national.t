# score grade: the national 达成/部分达成/未达成 levels (80-100%, 60-80%, 0-60% of the weight, lower ends included); level sets declared with 'levels', points relative to the weight
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
{"社会效益": {"level": "达成", "score": 8}, "生态效益": {"actual": "部分达成", "score": 6},
 "制度": {"actual": "较完备", "score": 3}, "满意": "良"}
--- stdout
定性指标

indicator   target  actual    weight  score
效益                              29     21
  社会效益  显著    达成          10      8
  生态效益          部分达成      10      6
  制度              较完备         4      3
  满意              良             5      4
-------------------------------------------
total                             29     21
grade                                    中
--- status
0
