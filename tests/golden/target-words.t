# Targets as tables write them: a comparison word before the number (不少于,
# 不超过, 不低于, 低于: 低于 only right after target, being a keyword of deduct
# elsewhere), or after it (以上, 及以上, 以内: the number itself counts, as in
# law), a unit after the number (人次, 台, 万元: the indicator's unit); the
# same words in bands.  A name that begins with such a word (不超过预算) stays a
# name.  The data's values with their units: 31000台, and 410000元 for an
# amount in 万元, converted exactly.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "目标的写法" {
    round 2
    group 产出 {
        indicator 达标率 weight 10 { target 98%以上; score met }
        indicator 培训人次 weight 10 { target 不少于 500 人次; score proportional }
        indicator 新增设备 weight 10 { target 30000台以上; score proportional }
        indicator 投诉率 weight 10 { target 5%以内; score met }
        indicator 成本 weight 10 { target 不超过39万元; score proportional }
        indicator 覆盖率 weight 10 { target 不低于95%; score proportional }
        indicator 差错率 weight 10 { target 低于1%; score met }
        indicator 不超过预算 weight 10 { target >= 1; score met }
        indicator 满意度 weight 20 {
            target ≥ 90%
            score bands {
                90%以上: 20
                80% 及以上: 15
                低于 80%: 0
            }
        }
    }
}
--- file d.json
{"达标率": "98%", "培训人次": 480, "新增设备": "31000台", "投诉率": "4.5%", "成本": "410000元",
 "覆盖率": "96%", "差错率": "0.5%", "不超过预算": 1, "满意度": "85%"}
--- stdout
目标的写法

indicator     target    actual   weight  score
产出                                100  94.11
  达标率      ≥98%      98%          10     10
  培训人次    ≥500人次  480人次      10    9.6
  新增设备    ≥30000台  31000台      10     10
  投诉率      ≤5%       4.5%         10     10
  成本        ≤39万元   41万元       10   9.51
  覆盖率      ≥95%      96%          10     10
  差错率      <1%       0.5%         10     10
  不超过预算  ≥1        1            10     10
  满意度      ≥90%      85%          20     15
----------------------------------------------
total                               100  94.11
grade                                       优
