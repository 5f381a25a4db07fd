# Under LANGUAGE=zh_CN the text table speaks Chinese: the headings, the total and
# grade rows, the remarks (an override, a row not applicable), the notes under
# the table and the audit of --verify. Names, numbers and the data's own text
# are as they were.
--- args
eval t.rubric d.json --verify
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

指标              目标值  实际值  分值   得分  公布得分  备注
投入                                40     29
  资金到位率      ≥100%   95%       20     19        19
  制度健全性              1/2       20     10        10
产出                                30  17.28
  服务人次        ≥5000   4321      20  17.28     17.28
  宣传覆盖        ≥90%    /         10      /            不适用：本年度未开展宣传
效果                                30     25
  服务对象满意度  ≥90%    85%       30    25*        25  已调整，按规则得 20：抽样偏少，按评价组意见
-------------------------------------------------------
总分                               100  71.28      80 ≠
等级                                       中        良

* 得分由数据给定，不按规则计算
1 项指标不适用，不计入；适用指标的分值合计 90

核对：发现 2 处不一致；核对了 4 项公布得分
  总分：公布 80，但各行得分合计 71.28
  等级：公布 良，但按总分应为 中
公布得分中非由规则得出的：1 行（数据调整：服务对象满意度）
--- status
1
