# one budget row per template; its inputs, when declared, are numbers
--- args
check t.rubric
--- file t.rubric
rubric "budget errors" {
    input 全年执行数: percent
    budget 资金 weight 10
    budget 资金2 weight 10
}
--- stderr
t.rubric:2:11: error[E106]: input 全年执行数 of the budget row must be a number, not a percent
        input 全年执行数: percent
              ^^^^^^^^^^
t.rubric:4:12: error[E104]: the template has two budget rows
        budget 资金2 weight 10
               ^^^^^
t.rubric:2:11: error[E106]: input 全年执行数 of the budget row must be a number, not a percent
        input 全年执行数: percent
              ^^^^^^^^^^
3 errors
--- status
1
