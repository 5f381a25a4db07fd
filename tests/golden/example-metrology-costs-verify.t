# seed 000 成本性支出: the rows add up to 98.3, the table publishes 98.8; --verify reports it and exits 1
--- args
eval $ROOT/examples/metrology-2020-costs.rubric $ROOT/examples/metrology-2020-costs.json --verify
--- stdout
2020年度项目支出绩效自评表：成本性支出

年度资金总额: 年初预算数 100, 全年预算数 100, 全年执行数 100; 执行率 100%

indicator                                                                 target    actual  weight  score  published  remark
年度资金总额                                                                        100%        10     10         10
产出指标                                                                                        55   53.8
  数量指标                                                                                      20     20
    检定计量器具台（件）数                                                ≥30000    34941       10     10         10
    检定涉及单位及个体数量（家）                                          ≥2500     2913        10     10         10
  质量指标                                                                                      20     20
    计量器具检定合格率（%）                                               ≥95%      95%         10     10         10
    检定覆盖率（%）                                                       ≥95%      96%         10     10         10
  时效指标                                                                                       5      5
    2020年1-12月                                                          ≥100%     100%         5      5          5
  成本指标                                                                                      10    8.8
    新增检测设备2套（万元）                                               ≤39       36.46        5      5          5
    标准仪器委托检定费、设备维护保养、专用试剂、耗材等成本费支出（万元）  ≤61       63.54        5   3.8*        3.8  overridden, the rule gives 4.8
效益指标                                                                                        25   24.5
  经济效益指标                                                                      /            /      /             not applicable
  社会效益指标                                                                                  15   14.5
    计量仪器仪表的检定校准，为安全生产打下牢固基础                        ≥95%      95%          5      5          5
    保护广大消费者和百姓的合法权益                                        有效保护  90%         10    9.5        9.5
  生态效益指标                                                                      /            /      /             not applicable
  可持续影响指标                                                                                10     10
    检测装置配备率                                                        逐年增加  95%         10     10         10
满意度指标                                                                                      10     10
  服务对象满意度指标                                                                            10     10
    服务群体满意度（%）                                                   ≥95%      96%         10     10         10
--------------------------------------------------------------------------------------------------------------------
total                                                                                          100   98.3     98.8 ≠
grade                                                                                                  优

* score set by the data, overriding the rule

verify: 1 finding; 12 published row scores checked
  total: published 98.8, but the rows add up to 98.3
published score not derivable from the rule: 3 rows (judged: 保护广大消费者和百姓的合法权益, 检测装置配备率; overridden: 标准仪器委托检定费、设备维护保养、专用试剂、耗材等成本费支出（万元）)
--- status
1
