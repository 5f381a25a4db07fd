# An indicator's unit is written after the numbers of its target and actual
# in the text table (≤39万元, 41.5万元, 30000~40000台), never after a percent,
# nor when the unit is itself a percent sign.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "2020年度项目支出绩效自评表：成本性支出" {
    total 30
    group 成本指标 {
        indicator 新增检测设备 weight 10 {
            unit "万元"
            note "实际支出不超过预算得满分，每超支1万元扣1分"
            target <= 39
            score deduct 1 per 1 above 39
        }
        indicator 检定器具台数 weight 10 {
            unit "台"
            target between 30000 and 40000
            score if 检定器具台数 >= 30000 then 10 else 0
        }
        indicator 检定合格率 weight 5 { unit "%"; target >= 95%; score proportional }
        indicator 覆盖率 weight 5 { unit "台"; target >= 95%; score proportional }
    }
}
--- file d.json
{"新增检测设备": 41.5, "检定器具台数": 34941, "检定合格率": "96%", "覆盖率": "90%"}
--- stdout
2020年度项目支出绩效自评表：成本性支出

indicator       target         actual    weight     score
成本指标                                     30  ≈27.7368
  新增检测设备  ≤39万元        41.5万元      10         8
  检定器具台数  30000~40000台  34941台       10        10
  检定合格率    ≥95%           96%            5         5
  覆盖率        ≥95%           90%            5   ≈4.7368
---------------------------------------------------------
total                                        30  ≈27.7368
grade                                                  优
