# a budget row takes no actual and always applies
--- args
check t.rubric
--- file t.rubric
rubric "budget errors" {
    budget 资金 weight 10 { actual 1; inapplicable }
}
--- stderr
t.rubric:2:27: error[E207]: a budget row cannot have 'actual': its actual is 全年执行数 / 全年预算数
        budget 资金 weight 10 { actual 1; inapplicable }
                                ^^^^^^^^
t.rubric:2:37: error[E207]: a budget row cannot have 'inapplicable': it always applies
        budget 资金 weight 10 { actual 1; inapplicable }
                                          ^^^^^^^^^^^^
2 errors
--- status
1
