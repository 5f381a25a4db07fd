# a target with two units after its number: the second is not read
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    total 10
    indicator 成本 weight 10 { target <= 50万元 元; score met }
}
--- stderr
t.rubric:3:45: error[E001]: unexpected name '元'; expected end of line or '}'
        indicator 成本 weight 10 { target <= 50万元 元; score met }
                                                    ^^
1 error
--- status
1
