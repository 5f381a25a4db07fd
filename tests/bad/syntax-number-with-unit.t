# a target written as tables write it, with its unit (≤50万元): the help says
# where the unit goes
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    total 10
    indicator 成本 weight 10 { target <= 50万元; score met }
}
--- stderr
t.rubric:3:42: error[E001]: unexpected name '万元'
        indicator 成本 weight 10 { target <= 50万元; score met }
                                               ^^^^
help: write the number alone, and its unit once, in the indicator: unit "万元"
1 error
--- status
1
