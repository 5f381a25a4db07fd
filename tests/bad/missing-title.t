# 'rubric' without its title string
--- args
check t.rubric
--- file t.rubric
rubric {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:8: error[E001]: unexpected '{'; expected a string
    rubric {
           ^
1 error
--- status
1
