# an input named 说明 (an everyday word, and the soft keyword 'note') is
# declared without complaint, but its use in an expression is a syntax error
# that says 'note'
--- args
check t.rubric
--- file t.rubric
rubric "x" {
    input 说明: text
    indicator 甲 weight 10 { score if 说明 = "无" then 10 else 0 }
}
--- stderr
t.rubric:3:38: error[E001]: unexpected '说明' (the keyword 'note')
        indicator 甲 weight 10 { score if 说明 = "无" then 10 else 0 }
                                          ^^^^
1 error
--- status
1
