# bad and missing values: every one reported, naming the input and the indicator
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
{"实际在编人数": "x", "资金到位": 1, "完成日期": "2020-13-01", "评": 3}
--- stderr
d.json:1:2: error[E302]: input 实际在编人数: "x" is not a number
    {"实际在编人数": "x", "资金到位": 1, "完成日期": "2020-13-01", "评": 3}
     ^^^^^^^^^^^^^^
d.json:1:17: error[E304]: the template has no input or indicator called "资金到位"
    {"实际在编人数": "x", "资金到位": 1, "完成日期": "2020-13-01", "评": 3}
                          ^^^^^^^^^^
help: did you mean '资金到位率'?
d.json:1:28: error[E302]: input 完成日期: expected a date like "2020-12-31", got "2020-13-01"
    {"实际在编人数": "x", "资金到位": 1, "完成日期": "2020-13-01", "评": 3}
                                         ^^^^^^^^^^
t.rubric:3:11: error[E303]: no value for input 核定在编人数, needed by indicator 人员控制率
        input 核定在编人数: number
              ^^^^^^^^^^^^
t.rubric:11:19: error[E303]: indicator 资金到位率: no value in the data
            indicator 资金到位率 weight 4 {
                      ^^^^^^^^^^
t.rubric:20:19: error[E312]: indicator 评: the judged score 3 is outside 0..2
            indicator 评 weight 2 { score judged }
                      ^^
6 errors
--- status
1
