# The template chooses its form (表式 得分表: the 评价得分表, though it has a
# budget row) and gives the form's header; the unit's own "$id" wins for a
# field it gives (实施单位), the template's fill in the others.
--- args
eval t.rubric d.json -f md --lang zh
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    表式 得分表 {
        项目名称: "社区养老服务"
        主管部门: "民政局"
        实施单位: "某街道"
        年度: 2023
    }
    round 2
    total 30
    budget 年度资金总额 weight 10
    group 产出 {
        indicator 服务人次 weight 20 { target >= 5000; score proportional }
    }
}
--- file d.json
{"$id": {"实施单位": "东街道"}, "全年预算数": 100, "全年执行数": 90, "服务人次": 4000}
--- stdout
# 2023年社区养老服务项目绩效自评

- 项目名称：社区养老服务
- 主管部门：民政局
- 实施单位：东街道

| 一级指标 | 二级指标 | 分值 | 目标值 | 实际值 | 得分 | 评分标准 | 备注 |
|---|---|---|---|---|---|---|---|
| 年度资金总额 |  | 10 |  | 90% | 9 |  |  |
| 产出（20分） | 服务人次 | 20 | ≥5000 | 4000 | 16 |  |  |
| **总分** |  | 30 |  |  | **25** | 等级：良 |  |

