# -f md: the form as Markdown tables: the header as a list, a group's name on its
# first row, a unit after the number, an override marked, the total in bold;
# the characters Markdown reads as markup (| * < _) escaped, so that text stays text.
--- args
eval t.rubric d.json -f md --lang zh
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    round 2
    group 投入 {
        indicator 资金到位率 weight 20 { target >= 100%; score proportional }
        indicator 制度健全性 weight 20 { note "财务制度、项目制度各10分 | 缺一扣10分"; score checklist { 财务制度: 10; 项目制度: 10 } }
    }
    group 产出 {
        indicator 服务人次 weight 20 { unit "人次"; target >= 5000; score proportional }
        indicator 宣传覆盖 weight 10 { target >= 90%; score proportional }
    }
    group 效果 {
        indicator 服务对象满意度 weight 30 { target >= 90%; score bands { [90%, inf): 30; [80%, 90%): 20; else: 0 } }
    }
}
--- file d.json
{
  "$id": {"项目名称": "社区养老 <一期> *重点*", "实施单位": "某街道"},
  "资金到位率": "95%",
  "制度健全性": ["财务制度"],
  "服务人次": 4321,
  "宣传覆盖": {"actual": "/", "reason": "本年度未开展宣传"},
  "服务对象满意度": {"actual": "85%", "score": 25, "reason": "抽样偏少，按评价组意见"}
}
--- stdout
# 2023年社区养老服务项目绩效自评

- 项目名称：社区养老 &lt;一期\> \*重点\*
- 实施单位：某街道

| 一级指标 | 二级指标 | 分值 | 目标值 | 实际值 | 得分 | 评分标准 | 备注 |
|---|---|---|---|---|---|---|---|
| 投入（40分） | 资金到位率 | 20 | ≥100% | 95% | 19 |  |  |
|  | 制度健全性 | 20 |  | 1/2 | 10 | 财务制度、项目制度各10分 \| 缺一扣10分 |  |
| 产出（30分） | 服务人次 | 20 | ≥5000人次 | 4321人次 | 17.28 |  |  |
|  | 宣传覆盖 | 10 | ≥90% | / | / |  | 不适用：本年度未开展宣传 |
| 效果（30分） | 服务对象满意度 | 30 | ≥90% | 85% | 25\* |  | 已调整，按规则得 20：抽样偏少，按评价组意见 |
| **总分** |  | 100 |  |  | **71.28** | 等级：中 |  |

\* 得分由数据给定或由评价人员评定，不按规则计算

