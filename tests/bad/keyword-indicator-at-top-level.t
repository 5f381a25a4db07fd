# an indicator outside any 'rubric' block
--- args
check t.rubric
--- file t.rubric
indicator 资金到位率 weight 10 { score judged }
--- stderr
t.rubric:1:1: error[E001]: unexpected 'indicator'; expected end of line or 'rubric'
    indicator 资金到位率 weight 10 { score judged }
    ^^^^^^^^^
1 error
--- status
1
