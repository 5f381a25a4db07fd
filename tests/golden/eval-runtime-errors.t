# division by zero and a percent written as a bare number
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
{"实际在编人数": 21, "核定在编人数": 0, "资金到位率": 0.99, "完成日期": "2021-01-01", "评": 1.5}
--- stderr
d.json:1:29: error[E302]: indicator 资金到位率 is a percent: write it with a percent sign
    {"实际在编人数": 21, "核定在编人数": 0, "资金到位率": 0.99, "完成日期": "2021-01-01", "评": 1.5}
                                            ^^^^^^^^^^^^
help: "99%" if 0.99 is a fraction, or "0.99%"; a bare number would be ambiguous
t.rubric:7:20: error[E305]: indicator 人员控制率: cannot divide 21 by 核定在编人数, which is 0
                actual 实际在编人数 / 核定在编人数
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^
2 errors
--- status
1
