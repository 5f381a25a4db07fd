# An unknown word after 'form' names the two forms there are.
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    form report
    indicator 甲 weight 100 { target >= 1; score proportional }
}
--- stderr
t.rubric:2:10: error[E001]: unknown form 'report': write 'form self' (自评表, the 项目支出绩效自评表) or 'form score' (得分表, the 评价得分表)
        form report
             ^^^^^^
1 error
--- status
1
