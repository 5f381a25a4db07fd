# rows marked "/" or 不适用 in the data are left out; with 'inapplicable rescale' the total is Σ得分 / Σ适用分值 × total, rounded like the scores
--- args
eval t.rubric d.json
--- file t.rubric
rubric "不适用与折算" {
    total 100
    round 2
    inapplicable rescale          # Σ得分 / Σ适用分值 × 100
    group 产出 weight 60 {
        indicator 数量 weight 30 { target >= 100; score proportional }
        indicator 质量 weight 30 { target >= 90%; score proportional }
    }
    group 效益 weight 40 {
        indicator 经济效益 weight 20 { target >= 10; score proportional }
        indicator 社会效益 weight 20 { score judged }
    }
}
--- file d.json
{"数量": 80, "质量": "90%", "经济效益": "/", "社会效益": {"actual": "不适用"}}
--- stdout
不适用与折算

indicator   target  actual  weight  score  remark
产出                            60     54
  数量      ≥100    80          30     24
  质量      ≥90%    90%         30     30
效益                            40      0
  经济效益  ≥10     /           20      /  not applicable
  社会效益          /           20      /  not applicable
-----------------------------------------
total                          100     90
grade                                  优

2 indicators not applicable: excluded; the applicable weights add up to 60
total rescaled: 54 / 60 × 100
--- status
0
