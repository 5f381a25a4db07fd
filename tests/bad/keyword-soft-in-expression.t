# an input named 达标 (a soft keyword, the rule 'met') used unquoted in an
# expression: the message says 'met'
--- args
check t.rubric
--- file t.rubric
评分表 “资金管理” {
    输入 达标: 数值
    指标 资金到位率 分值 10 { 实际值 达标; 目标 >= 1; 得分 达标 }
}
--- stderr
t.rubric:3:26: error[E001]: unexpected '达标' (the keyword 'met')
        指标 资金到位率 分值 10 { 实际值 达标; 目标 >= 1; 得分 达标 }
                                         ^^^^
1 error
--- status
1
