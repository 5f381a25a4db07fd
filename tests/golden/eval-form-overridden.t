# --form overrides the template's choice (form score): the self-evaluation
# form, with its budget block.
--- args
eval t.rubric d.json -f md --form self
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
{"全年预算数": 100, "全年执行数": 90, "服务人次": 4000}
--- stdout
# 2023年社区养老服务项目绩效自评

- project: 社区养老服务
- department in charge: 民政局
- implementing unit: 某街道

| budget | initial budget | annual budget | spent | weight | execution rate | score |
|---|---|---|---|---|---|---|
| 年度资金总额 |  | 100 | 90 | 10 | 90% | 9 |

| level 1 indicator | level 2 indicator | annual target | actual result | weight | score | reasons for deviation and improvements |
|---|---|---|---|---|---|---|
| 产出 | 服务人次 | ≥5000 | 4000 | 20 | 16 |  |
| **total** |  |  |  | 30 | **25** | grade: 良 |

