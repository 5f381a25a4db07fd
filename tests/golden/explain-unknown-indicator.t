# An indicator the template does not have is a usage error (exit 2).
--- args
explain t.rubric d.json 满意度
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
--- stderr
rubric: t.rubric has no indicator called '满意度'
--- status
2
