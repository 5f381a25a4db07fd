# an input of a type the language does not have: the types are not listed
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    input 预算资金: money
    indicator 资金到位率 weight 10 { actual 预算资金; score min(10, actual) }
}
--- stderr
t.rubric:2:17: error[E001]: unexpected name 'money'
        input 预算资金: money
                        ^^^^^
1 error
--- status
1
