# --lang en chooses English over LANGUAGE=zh_CN: the table and the audit.
--- args
eval t.rubric d.json --verify --lang=en
--- env
LANGUAGE=zh_CN
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    round 2
    group 投入 {
        indicator 资金到位率 weight 20 { target >= 100%; score proportional }
        indicator 制度健全性 weight 20 { score checklist { 财务制度: 10; 项目制度: 10 } }
    }
    group 产出 {
        indicator 服务人次 weight 20 { target >= 5000; score proportional }
        indicator 宣传覆盖 weight 10 { target >= 90%; score proportional }
    }
    group 效果 {
        indicator 服务对象满意度 weight 30 { target >= 90%; score bands { [90%, inf): 30; [80%, 90%): 20; else: 0 } }
    }
}
--- file d.json
{
  "资金到位率": {"actual": "95%", "published": 19},
  "制度健全性": {"actual": ["财务制度"], "published": 10},
  "服务人次": {"actual": 4321, "published": 17.28},
  "宣传覆盖": {"actual": "/", "reason": "本年度未开展宣传"},
  "服务对象满意度": {"actual": "85%", "score": 25, "reason": "抽样偏少，按评价组意见", "published": 25},
  "$published": {"total": 80, "grade": "良"}
}
--- stdout
2023年社区养老服务项目绩效自评

indicator         target  actual  weight  score  published  remark
投入                                  40     29
  资金到位率      ≥100%   95%         20     19         19
  制度健全性              1/2         20     10         10
产出                                  30  17.28
  服务人次        ≥5000   4321        20  17.28      17.28
  宣传覆盖        ≥90%    /           10      /             not applicable: 本年度未开展宣传
效果                                  30     25
  服务对象满意度  ≥90%    85%         30    25*         25  overridden, the rule gives 20: 抽样偏少，按评价组意见
----------------------------------------------------------
total                                100  71.28       80 ≠
grade                                        中         良

* score set by the data, overriding the rule
1 indicator not applicable: excluded; the applicable weights add up to 90

verify: 2 findings; 4 published row scores checked
  total: published 80, but the rows add up to 71.28
  grade: published 良, but the total's grade is 中
published score not derivable from the rule: 1 row (overridden: 服务对象满意度)
--- status
1
