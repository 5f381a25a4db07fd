# the grades' '{' is not closed before the next line
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    grades { 优: 90; 良: 80; 中: 60; 差: 0
    indicator 资金到位率 weight 100 { score judged }
}
--- stderr
t.rubric:3:5: error[E001]: unexpected 'indicator'
        indicator 资金到位率 weight 100 { score judged }
        ^^^^^^^^^
help: is a '}' missing? '{' at line 2 is still open
1 error
--- status
1
