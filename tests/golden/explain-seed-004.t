# rubric explain of seed 004's 市级监督抽查批次, in Chinese: the target and the
# rule as written with their line, the values put in, each step (the chain
# 962 ÷ 2000 × 4 = 1.924), the rounding to 1.92 and the score.
--- args
explain q.rubric q.json 市级监督抽查批次
--- env
LANGUAGE=zh_CN
--- file q.rubric
# 2018质量检验检测成本绩效评价得分表 (seed 004), written as a template.
# Every row's scoring standard (评分标准) is written as its rule; the data in
# quality-inspection-2018.json are the actual values the table publishes.
rubric "2018质量检验检测成本绩效评价" {
    total 100
    round 2  # scores to 2 decimals, half up

    # inputs that are not an indicator's own actual value
    input 公务接待问题数: number    # 存在问题的处数
    input 异议处理不及时数: number  # 处理不及时的异议项数
    input 获奖数: number            # 国家、省、市获奖项数

    group 投入 weight 12 {
        group 目标设定 {
            indicator 目标明确性 weight 5 {
                target "明确"
                note "考察项目绩效目标设定是否明确合理。"
                score checklist {  # 有一项不符合扣相应的分值
                    指标明确细化: 1 "项目绩效目标指标明确细化"
                    指标值可衡量: 1 "可以通过清晰、可衡量指标值予以体现"
                    与年度任务相对应: 1 "与单位下达的年度任务数或计划数相对应"
                    与预算资金相匹配: 1 "与年度单位预算资金相匹配"
                }  # check warns: 4 points under a weight of 5
            }
        }
        group 预算配置 {
            indicator 人员控制率 weight 3 {
                target <= 100%
                note "人员控制率=（实际在编人数/核定在编人数）×100%"
                score deduct 0.5 per 1% above 100%  # 每超过1个百分点扣0.5分，扣完为止
            }
        }
        group 资金落实 {
            indicator 资金到位率 weight 4 {
                target = 100%
                note "资金实际到位率=（实际到位资金/预算资金）×100%"
                score bands {  # 达100%得4分，大于90%小于100%得3分 …
                    [100%, inf): 4
                    (90%, 100%): 3
                    (80%, 90%): 2
                    [0, 80%): 0
                }  # check warns: 80% and 90% fall in no band
            }
        }
    }

    group 过程 weight 35 {
        group 资金管理 weight 19 {
            indicator 预算完成率 weight 4 {
                target >= 100%
                note "预算完成率=（项目实际支出金额/预算资金）×100%"
                # 等于或大于100%得满分；在90%-99%之间的，在0分和满分之间计算确定；小于90%的得0分
                score interpolate 90% .. 100%
            }
            indicator 预算调整率 weight 4 {
                target = 0
                note "预算调整率=（项目预算调整金额/预算资金）×100%"
                score bands {  # 等于0的得满分；小于或等于10%的得2分；大于10%的得0分
                    = 0: 4
                    (0, 10%]: 2
                    > 10%: 0
                }
            }
            indicator 财务制度健全性 weight 3 {
                target "健全"
                score checklist {
                    财务会计制度: 2 "建立了相关的财务管理制度、会计核算管理制度"
                    制度完整: 1 "建立的制度完整"
                }
            }
            indicator 资金使用规范性 weight 4 {
                target "规范"
                score checklist {
                    合规: 1 "支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定"
                    审批完整: 1 "资金拨付有完整的审批程序和手续"
                    用途相符: 1 "支出符合部门预算批复的用途"
                    无违规使用: 1 "资金使用无截留、挤占、挪用、虚列支出等情况"
                }
            }
            indicator 预决算信息公开性 weight 4 {
                target "公开"
                score checklist {
                    内容合规: 2 "按规定内容公开预决算信息"
                    时限合规: 2 "按规定时限公开预决算信息"
                }
            }
        }
        group 项目管理 weight 16 {
            indicator 委托检验合同的完备性 weight 4 {
                target "完备"
                # ①各要素均有明确规定；②严格按照合同要求执行；③所有合同均妥善存档
                score grade { 完备: 4; 较完备: 2..3; 基本完备: 1; 不完备: 0 }
            }
            indicator `车辆、仪器管理制度健全性` weight 4 {
                target "健全"
                score checklist {
                    管理制度: 2 "建立各类车辆及检测仪器的管理制度"
                    维护保养制度: 2 "建立维护保养制度"
                }
            }
            indicator 项目管理制度 weight 4 {
                target "完整"
                # 完整、完善得满分；有项目管理制度得2-3分，无项目管理制度得零分
                score grade { 完整完善: 4; 有制度: 2..3; 无制度: 0 }
            }
            indicator 公务接待费用控制性 weight 4 {
                target "按要求执行"
                actual 公务接待问题数
                score deduct 1 per 1  # 存在一处问题扣1分，扣完为止
            }
        }
    }

    group 产出 weight 38 {
        group 项目效益 {
            # 实际值≥目标值，得满分；实际值<目标值，得分=(实际值/目标值)×权重
            indicator 委托抽检批次 weight 4 { target >= 10000; score proportional }
            indicator 实际国家级监督抽查批次 weight 4 { target >= 500; score proportional }
            indicator 省级监督抽查批次 weight 4 { target >= 1200; score proportional }
            indicator 市级监督抽查批次 weight 4 { target >= 2000; score proportional }
            indicator 承担各类检验工作的过程中涉及的成本消耗率 weight 5 {
                target >= 90%
                score proportional
            }
            indicator 检验报告准确率 weight 4 { target >= 95%; score proportional }
            indicator 抽检结果通知率 weight 4 { target >= 100%; score proportional }
            indicator 抽检结果公示率 weight 4 { target >= 100%; score proportional }
            indicator 异议处理及时性 weight 5 {
                target "及时"
                actual 异议处理不及时数
                score deduct 1 per 1  # 有一项处理不及时扣1分，扣完为止
            }
        }
    }

    group 效果 weight 15 {
        group 社会效益 weight 15 {
            indicator 获奖情况 weight 7 {
                actual 获奖数
                # 获奖1项得3分，每超1项加1分，最高得7分.  The table does not
                # publish the number of awards; the data give 5, the least
                # that scores the published 7.
                score bonus 3 plus 1 per 1 cap 7
            }
            indicator 社会满意度 weight 8 { target >= 80%; score proportional }
        }
    }

    # the published table (seed 004): its actual values, every row's score,
    # the subtotals, the total and the grade
    test "2018 published" {
        given {
            目标明确性: [指标明确细化, 指标值可衡量, 与年度任务相对应]
            人员控制率: 90%
            资金到位率: 161.37%
            预算完成率: 131.92%
            预算调整率: 0%
            财务制度健全性: [财务会计制度]
            资金使用规范性: [合规, 审批完整, 用途相符, 无违规使用]
            预决算信息公开性: [内容合规, 时限合规]
            委托检验合同的完备性: 完备
            `车辆、仪器管理制度健全性`: [管理制度, 维护保养制度]
            项目管理制度: scored(有制度, 3)  # 有项目管理制度得2-3分: the evaluator gave 3
            公务接待问题数: 0
            委托抽检批次: 10775
            实际国家级监督抽查批次: 800
            省级监督抽查批次: 1695
            市级监督抽查批次: 962
            承担各类检验工作的过程中涉及的成本消耗率: 90%
            检验报告准确率: 99.50%
            抽检结果通知率: 100%
            抽检结果公示率: 100%
            异议处理不及时数: 0
            获奖数: 5
            社会满意度: 82%
        }
        expect {
            目标明确性: 3; 人员控制率: 3; 资金到位率: 4
            预算完成率: 4; 预算调整率: 4; 财务制度健全性: 2; 资金使用规范性: 4; 预决算信息公开性: 4
            委托检验合同的完备性: 4; `车辆、仪器管理制度健全性`: 4; 项目管理制度: 3; 公务接待费用控制性: 4
            委托抽检批次: 4; 实际国家级监督抽查批次: 4; 省级监督抽查批次: 4
            市级监督抽查批次: 1.92  # 962 / 2000 × 4
            承担各类检验工作的过程中涉及的成本消耗率: 5; 检验报告准确率: 4
            抽检结果通知率: 4; 抽检结果公示率: 4; 异议处理及时性: 5
            获奖情况: 7; 社会满意度: 8
            投入: 10; 过程: 33; 产出: 35.92; 效果: 15
            total: 93.92
            grade: 优
        }
    }
    # the rules at their edges: 4 points over the staff quota cost 2 of 3,
    # 95% of the funds is in the band (90%, 100%), 95% of the budget spent
    # is half way from 90% to 100%, and two problems cost 2 points
    test "edges" {
        given {
            目标明确性: [指标明确细化, 指标值可衡量, 与年度任务相对应, 与预算资金相匹配]
            人员控制率: 104%; 资金到位率: 95%; 预算完成率: 95%; 预算调整率: 10%
            财务制度健全性: [财务会计制度, 制度完整]; 资金使用规范性: []; 预决算信息公开性: [时限合规]
            委托检验合同的完备性: 不完备; `车辆、仪器管理制度健全性`: [管理制度]
            项目管理制度: 无制度; 公务接待问题数: 2
            委托抽检批次: 10000; 实际国家级监督抽查批次: 250; 省级监督抽查批次: 0
            市级监督抽查批次: 2001; 承担各类检验工作的过程中涉及的成本消耗率: 89%
            检验报告准确率: 95%; 抽检结果通知率: 99%; 抽检结果公示率: 100%
            异议处理不及时数: 9; 获奖数: 0; 社会满意度: 79%
        }
        expect {
            目标明确性: 4; 人员控制率: 1; 资金到位率: 3; 预算完成率: 2; 预算调整率: 2
            财务制度健全性: 3; 资金使用规范性: 0; 预决算信息公开性: 2
            委托检验合同的完备性: 0; `车辆、仪器管理制度健全性`: 2; 项目管理制度: 0; 公务接待费用控制性: 2
            实际国家级监督抽查批次: 2; 省级监督抽查批次: 0; 市级监督抽查批次: 4
            承担各类检验工作的过程中涉及的成本消耗率: 4.94  # 89 / 90 × 5 = 4.9444…
            抽检结果通知率: 3.96; 异议处理及时性: 0; 获奖情况: 0; 社会满意度: 7.9
            total: 55.8
            grade: 差
        }
    }
}
--- file q.json
{
  "目标明确性": ["指标明确细化", "指标值可衡量", "与年度任务相对应"],
  "人员控制率": "90%",
  "资金到位率": "161.37%",
  "预算完成率": "131.92%",
  "预算调整率": "0%",
  "财务制度健全性": ["财务会计制度"],
  "资金使用规范性": ["合规", "审批完整", "用途相符", "无违规使用"],
  "预决算信息公开性": ["内容合规", "时限合规"],
  "委托检验合同的完备性": "完备",
  "车辆、仪器管理制度健全性": ["管理制度", "维护保养制度"],
  "项目管理制度": {"level": "有制度", "score": 3},
  "公务接待问题数": 0,
  "委托抽检批次": 10775,
  "实际国家级监督抽查批次": 800,
  "省级监督抽查批次": 1695,
  "市级监督抽查批次": 962,
  "承担各类检验工作的过程中涉及的成本消耗率": "90%",
  "检验报告准确率": "99.50%",
  "抽检结果通知率": "100%",
  "抽检结果公示率": "100%",
  "异议处理不及时数": 0,
  "获奖数": 5,
  "社会满意度": "82%"
}
--- stdout
市级监督抽查批次 (q.rubric:120)
  >= 2000
  proportional (q.rubric:120)
  实际值 962，目标值 2000，分值 4
  962 ≥ 2000：否
  962 ÷ 2000 × 4 = 1.924
  max(0, 1.924) = 1.924
  1.924 → 1.92（保留2位，四舍五入）
  得分：1.92（分值 4）
