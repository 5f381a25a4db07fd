# a levels block's '{' is not closed before the next line
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    levels 五级 { 优: weight; 良: 0.8 * weight; 差: 0
    indicator 服务质量 weight 10 { score grade 五级 }
}
--- stderr
t.rubric:3:5: error[E001]: unexpected 'indicator'
        indicator 服务质量 weight 10 { score grade 五级 }
        ^^^^^^^^^
help: is a '}' missing? '{' at line 2 is still open
1 error
--- status
1
