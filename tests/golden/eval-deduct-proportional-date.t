# deduct per whole step, proportional, a deadline, a judged score
--- args
eval t.rubric d.json
--- file t.rubric
rubric "好" {
    input 实际在编人数: number
    input 核定在编人数: number
    input 完成日期: date
    group 投入 {
        indicator 人员控制率 weight 3 {
            actual 实际在编人数 / 核定在编人数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
        indicator 资金到位率 weight 4 {
            target >= 100%
            score proportional
        }
        indicator 完成及时性 weight 2 {
            actual 完成日期
            target by 2020-12-31
            score met
        }
        indicator 评 weight 2 { score judged }
    }
}
--- file d.json
{"实际在编人数": 21, "核定在编人数": 20, "资金到位率": "99%", "完成日期": "2020年12月1日", "评": 1.5}
--- stdout
好

indicator     target       actual      weight  score
投入                                       11   7.96
  人员控制率  ≤100%        105%             3    0.5
  资金到位率  ≥100%        99%              4   3.96
  完成及时性  ≤2020-12-31  2020-12-01       2      2
  评                                        2    1.5
----------------------------------------------------
total                                      11   7.96
grade                                             中
--- status
0
