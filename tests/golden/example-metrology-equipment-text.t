# seed 000 设备购置及维护 without --verify: overrides marked, rule scores and reasons shown, exit 0
--- args
eval $ROOT/examples/metrology-2020-equipment.rubric $ROOT/examples/metrology-2020-equipment.json
--- stdout
2020年度项目支出绩效自评表：设备购置及维护

年度资金总额: 年初预算数 -, 全年预算数 40, 全年执行数 40; 执行率 100%

indicator                                             target    actual    weight  score  remark
年度资金总额                                                    100%          10     10
产出指标                                                                      60   52.8
  数量指标                                                                    30     30
    检定计量器具台（件）数                            ≥30000    34941         10     10
    维护仪器设备个数                                  ≥20       25            10     10
    检定、校准涉及单位及个体数量                      ≥1000     1500          10     10
  质量指标                                                                    10      9
    检定覆盖率（%）                                   ≥95%      95%           10     9*  overridden, the rule gives 10
  时效指标                                                                     5      4
    设备维护及时率                                    及时      基本及时       5      4  因疫情原因设备厂家未能到现场进行维护
  成本指标                                                                    15    9.8
    新增检测设备2套(万元)                             ≤30       30             5      5
    仪器设备维护保养费(万元)                          ≤10       8             10   4.8*  overridden, the rule gives 10: 因疫情原因设备厂家未能到现场进行维护
效益指标                                                                      20     20
  经济效益指标                                                  /              /      /  not applicable
  社会效益指标                                                                10     10
    计量仪器仪表的检定、校准，为安全生产打下牢固基础  ≥95%      96%            5      5
    保护广大消费者和百姓的合法权益                    有效保护  90%            5      5
  生态效益指标                                                  /              /      /  not applicable
  可持续影响指标                                                              10     10
    检测装置配备率                                    逐年增加  95%           10     10
满意度指标                                                                    10     10
  服务对象满意度指标                                                          10     10
    服务群体满意度（%）                               ≥95%      98%           10     10
---------------------------------------------------------------------------------------
total                                                                        100   92.8
grade                                                                                优

* score set by the data, overriding the rule
--- status
0
