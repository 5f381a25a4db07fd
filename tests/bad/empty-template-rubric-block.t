# a template with no indicator: E205, then three E215 about grades the template
# does not have
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" { }
--- stderr
t.rubric:1:8: error[E205]: the template has no indicators
    rubric "资金管理" { }
           ^^^^^^^^^^
1 error
--- status
1
