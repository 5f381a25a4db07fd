# 'input x:' without a type, at the end of its line: reported at the next line,
# with a help about a missing '}'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    input 预算资金:
    indicator 资金到位率 weight 10 { actual 预算资金; score min(10, actual) }
}
--- stderr
t.rubric:3:5: error[E001]: unexpected 'indicator'
        indicator 资金到位率 weight 10 { actual 预算资金; score min(10, actual) }
        ^^^^^^^^^
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
