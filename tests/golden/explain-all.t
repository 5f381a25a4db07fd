# rubric explain of every indicator, in English, in table order: a band, the items
# of a checklist, the steps of a deduction ((103% − 100%) ÷ 1%), a proportion
# rounded and overridden with its reason, a level whose score the data picks, a
# row not applicable, a judged row.
--- args
explain t.rubric d.json
--- file t.rubric
rubric "养老" {
    round 2
    group 投入 {
        indicator 资金到位率 weight 20 { target >= 100%; score bands { [100%, inf): 20; [90%, 100%): 15; else: 0 } }
        indicator 制度健全性 weight 20 { score checklist { 财务制度: 10; 项目制度: 10 } }
        indicator 人员控制率 weight 10 { target <= 100%; score deduct 0.5 per 1% above 100% }
    }
    group 产出 {
        indicator 服务人次 weight 20 { target >= 5000; score proportional }
        indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
        indicator 宣传覆盖 weight 10 { target >= 90%; score proportional }
        indicator 社会效益 weight 10 { score judged }
    }
}
--- file d.json
{
  "资金到位率": "95%",
  "制度健全性": ["财务制度"],
  "人员控制率": "103%",
  "服务人次": {"actual": 4321, "score": 17, "reason": "按评价组意见"},
  "完成质量": {"level": "中", "score": 7},
  "宣传覆盖": {"actual": "/", "reason": "本年度未开展宣传"},
  "社会效益": {"actual": "显著", "score": 9}
}
--- stdout
资金到位率 (t.rubric:4)
  >= 100%
  bands (t.rubric:4)
  actual 95%, target 100%, weight 20
  95% is in the band [90%, 100%): 15 points
  score: 15 of 20

制度健全性 (t.rubric:5)
  checklist (t.rubric:5)
  actual 财务制度, weight 20
  item 财务制度 met: 10 points
  1 of 2 items met: 10 points
  score: 10 of 20

人员控制率 (t.rubric:6)
  <= 100%
  deduct 0.5 per 1% above 100% (t.rubric:6)
  actual 103%, target 100%, weight 10
  103% − 100% = 3%
  max(0, 3%) = 0.03
  0.03 ÷ 1% = 3
  floor(3) = 3
  3 × 0.5 = 1.5
  min(10, 1.5) = 1.5
  10 − 1.5 = 8.5
  max(0, 8.5) = 8.5
  score: 8.5 of 10

服务人次 (t.rubric:9)
  >= 5000
  proportional (t.rubric:9)
  actual 4321, target 5000, weight 20
  4321 ≥ 5000: no
  4321 ÷ 5000 × 20 = 17.284
  max(0, 17.284) = 17.284
  17.284 → 17.28 (to 2 decimals, half up)
  score: 17.28 of 20
  overridden by the data: 17
  reason: 按评价组意见

完成质量 (t.rubric:10)
  grade (t.rubric:10)
  actual 中, weight 10
  level 中, [6, 8] points: the data picks 7
  score: 7 of 10

宣传覆盖 (t.rubric:11)
  not applicable: 本年度未开展宣传

社会效益 (t.rubric:12)
  judged (t.rubric:12)
  judged by the evaluator: 9 points
  score: 9 of 10
