# a hard keyword ('indicator') as a group's name: the help suggests a missing
# '}' instead of quoting the name
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    group indicator {
        indicator 资金到位率 weight 10 { score judged }
    }
}
--- stderr
t.rubric:2:11: error[E001]: unexpected 'indicator'
        group indicator {
              ^^^^^^^^^
help: 'indicator' is a keyword: to use it as a name, write it in backquotes: `indicator`
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
