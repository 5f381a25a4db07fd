# A field of the form's header is a string or a number, nothing else.
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    form { 年度: 2020-01-01 }
    indicator 甲 weight 100 { target >= 1; score proportional }
}
--- stderr
t.rubric:2:16: error[E001]: unexpected date '2020-01-01'; expected a number or a string
        form { 年度: 2020-01-01 }
                     ^^^^^^^^^^
1 error
--- status
1
