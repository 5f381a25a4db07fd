# 'given' names inputs and indicators' rows: a group, the total, an indicator
# that computes its actual or that is inapplicable in the template are errors
--- args
check t.rubric
--- file t.rubric
rubric "not inputs" {
    input 实际在编人数: number
    input 核定在编人数: number
    group 投入 {
        indicator 人员控制率 weight 3 {
            actual 实际在编人数 / 核定在编人数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
        indicator 经济效益 { inapplicable }
    }
    test "t" {
        given {
            投入: 3
            total: 3
            人员控制率: 90%
            经济效益: "/"
            实际在编人数: scored(18, 3)
        }
        expect { 经济效益: 0 }
    }
}
--- stderr
t.rubric:14:13: error[E217]: 投入 is a group: 'given' names inputs and indicators
                投入: 3
                ^^^^
help: a group's subtotal can be checked in 'expect'
t.rubric:15:13: error[E217]: the total is computed: it belongs in 'expect', not in 'given'
                total: 3
                ^^^^^
t.rubric:16:20: error[E217]: indicator 人员控制率 computes its actual: a test gives its inputs, "/" or scored(SCORE)
                人员控制率: 90%
                            ^^^
help: its inputs are 实际在编人数, 核定在编人数
t.rubric:17:13: error[E217]: indicator 经济效益 is inapplicable in the template: a test cannot give it
                经济效益: "/"
                ^^^^^^^^
t.rubric:18:21: error[E217]: 实际在编人数 is an input, not an indicator: scored() gives an indicator's score
                实际在编人数: scored(18, 3)
                              ^^^^^^^^^^^^^
t.rubric:20:24: error[E217]: indicator 经济效益 is inapplicable in the template: expect "/"
            expect { 经济效益: 0 }
                               ^
6 errors
--- status
1
