# A yes/no target takes '=' only: '>= true' is an error.
--- args
check t.rubric
--- file t.rubric
评分表 "x" {
 指标 甲 分值 5 { 目标 >= 真; 得分 达标 }
 指标 乙 分值 5 { 目标 = 真; 得分 按比例 }
}
--- stderr
t.rubric:2:20: error[E106]: a target needs a number, got bool
     指标 甲 分值 5 { 目标 >= 真; 得分 达标 }
                              ^^
t.rubric:2:26: error[E106]: '>=' cannot order bool values
     指标 甲 分值 5 { 目标 >= 真; 得分 达标 }
                                       ^^^^
t.rubric:3:25: error[E208]: 'proportional' needs a target with >= or <= (indicator 乙)
     指标 乙 分值 5 { 目标 = 真; 得分 按比例 }
                                      ^^^^^^
help: a target of '=' (or none) is read as the template's or the group's '目标 默认 >=' (outputs: full marks at or above it) or '目标 默认 <=' (costs: at or below it), which it has not; or write the rule: 得分 score_proportional(实际值, 目标, 分值)
3 errors
--- status
1
