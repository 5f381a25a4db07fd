# seed 000 琴键开关: 70/90 x 10 truncated to 7.7, the deadline row judged 9 with its reason; the rows add up to the published 96.7: exit 0
--- args
eval $ROOT/examples/metrology-2020-scan-switch.rubric $ROOT/examples/metrology-2020-scan-switch.json --verify
--- stdout
2020年度项目支出绩效自评表：琴键开关式低热电势扫描开关

年度资金总额: 年初预算数 20, 全年预算数 20, 全年执行数 20; 执行率 100%

indicator                                                             target       actual    weight  score  published  remark
年度资金总额                                                                       100%          10     10         10
产出指标                                                                                         50   46.7
  数量指标                                                                                       20     20
    核心期刊发表论文数                                                ≥1           1             10     10         10
    开发琴键开关式低热电势扫描开关项目专利数                          ≥1           1             10     10         10
  质量指标                                                                                       10    7.7
    该设备校准合格率（%）                                             ≥90%         70%           10    7.7        7.7  自编校准方法已经申请备案
  时效指标                                                                                       10      9
    内部投入试运行                                                    ≤2020-12-31  90%           10      9          9  属内部试运行阶段
  成本指标                                                                                       10     10
    申请专利、研发设备需要购买试验材料、投入运行等成本费支出（万元）  ≤20          20            10     10         10
效益指标                                                                                         30     30
  经济效益指标                                                                     /              /      /             not applicable
  社会效益指标                                                                                   15     15
    新技术应用率（%）                                                 ≥30%         30%           15     15         15
  生态效益指标                                                                     /              /      /             not applicable
  可持续影响指标                                                                                 15     15
    检测装置及配件配备率                                              逐年增加     逐年增加      15     15         15
满意度指标                                                                                       10     10
  服务对象满意度指标                                                                             10     10
    服务群体满意度（%）                                               ≥90%         91%           10     10         10
---------------------------------------------------------------------------------------------------------------------
total                                                                                           100   96.7       96.7
grade                                                                                                   优

verify: 0 findings; 9 published row scores checked
published score not derivable from the rule: 1 row (judged: 内部投入试运行)
