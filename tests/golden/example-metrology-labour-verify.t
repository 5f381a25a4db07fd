# seed 000 劳务费支出, written in Chinese keywords: 99.5 as published, exit 0
--- args
eval $ROOT/examples/metrology-2020-labour.rubric $ROOT/examples/metrology-2020-labour.json --verify
--- stdout
2020年度项目支出绩效自评表：劳务费支出

年度资金总额: 年初预算数 2.68, 全年预算数 2.68, 全年执行数 2.68; 执行率 100%

indicator                                     target  actual  weight  score  published  remark
年度资金总额                                          100%        10     10         10
产出指标                                                          60   59.5
  数量指标                                                        25     25
    检定计量器具台（件）数                    ≥30     30          15     15         15
    检定涉及单位及个体数量（家）              ≥25     29          10     10         10
  质量指标                                                        10    9.5
    检定覆盖率（%）                           ≥100%   95%         10    9.5        9.5  因疫情原因未覆盖完全
  时效指标                                                        10     10
    2020年1-12月                              ≥100%   100%        10     10         10
  成本指标                                                        15     15
    委托设备保养专业人员劳务费（万元）        ≤2.68   2.68        15     15         15
效益指标                                                          20     20
  经济效益指标                                        /            /      /             not applicable
  社会效益指标                                                    10     10
    计量器具检定合格率%                       ≥95%    95%         10     10         10
  生态效益指标                                        /            /      /             not applicable
  可持续影响指标                                                  10     10
    维护集贸市场的经营秩序及消费者的合法权益  长期    90%         10     10         10
满意度指标                                                        10     10
  服务对象满意度指标                                              10     10
    服务群体满意度（%）                       ≤100%   96%         10     10         10
--------------------------------------------------------------------------------------
total                                                            100   99.5       99.5
grade                                                                    优

verify: 0 findings; 9 published row scores checked
published score not derivable from the rule: 1 row (judged: 维护集贸市场的经营秩序及消费者的合法权益)
