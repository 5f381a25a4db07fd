# A keyword misspelt at the start of a declaration (indicater): the help
# offers the closest keyword the parser could take there.
--- args
check t.rubric
--- file t.rubric
rubric "keyword typo" {
    total 10
    group 产出 {
        indicater 完成率 weight 10 { target >= 95%; score proportional }
    }
}
--- stderr
t.rubric:4:9: error[E001]: unexpected name 'indicater'
            indicater 完成率 weight 10 { target >= 95%; score proportional }
            ^^^^^^^^^
help: did you mean 'indicator'?
1 error
--- status
1
