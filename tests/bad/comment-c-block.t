# a C block comment /* ... */ at the top of a template
--- args
check t.rubric
--- file t.rubric
/* 资金管理 */
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:1: error[E001]: unexpected '/'; expected end of line or 'rubric'
    /* 资金管理 */
    ^
1 error
--- status
1
