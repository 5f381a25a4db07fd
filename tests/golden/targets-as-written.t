# targets as tables write them: no operator (>= for outputs, <= for costs, by 'target default' of the group or template), deadlines 2020年12月31日前, ≧ ═, descriptive text; actuals with the operator copied in
--- args
eval t.rubric d.json
--- file t.rubric
rubric "目标的写法" {
    target default >=                    # 产出：不写运算符即“不低于”
    group 产出 {
        indicator 数量 weight 10 { target 20000; score proportional }
        indicator 完成时间 weight 10 { target 2020年12月31日前; score met }
        indicator 上线时间 weight 10 { target 2020-6-30之前; score met }
        indicator 满意度 weight 10 { target ≧95%; score met }
        indicator 合格率 weight 10 { target ═100%; score met }
        indicator 保护 weight 10 { 目标 “有效保护”；得分 达标 }
    }
    group 成本 {
        target default <=                # 成本：不写运算符即“不高于”
        indicator 费用 weight 10 { target 61; score proportional; round 1 down }
        group 细项 {
            indicator 耗材 weight 10 { target 5; score proportional }
        }
    }
}
--- file d.json
{"数量": 15000, "完成时间": "2020年12月20日", "上线时间": "2020-07-01", "满意度": "≥96%", "合格率": "100%",
 "保护": "有效保护", "费用": 63.54, "耗材": "≤5"}
--- stdout
目标的写法

indicator   target       actual      weight  score
产出                                     60   47.5
  数量      ≥20000       15000           10    7.5
  完成时间  ≤2020-12-31  2020-12-20      10     10
  上线时间  ≤2020-06-30  2020-07-01      10      0
  满意度    ≥95%         96%             10     10
  合格率    =100%        100%            10     10
  保护      有效保护     有效保护        10     10
成本                                     20   19.6
  费用      ≤61          63.54           10    9.6
  细项                                   10     10
    耗材    ≤5           5               10     10
--------------------------------------------------
total                                    80   67.1
grade                                           良
--- status
0
