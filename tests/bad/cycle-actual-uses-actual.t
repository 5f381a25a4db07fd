# an actual that is a formula of itself (a hang before: the checker made
# 'actual' point at the expression it stands in)
--- args
check t.rubric
--- file t.rubric
rubric "自引用" {
    input 预算资金: number
    indicator 资金到位率 weight 10 { actual actual / 预算资金; target >= 95%; score proportional }
}
--- stderr
t.rubric:3:40: error[E105]: the actual of 资金到位率 cannot refer to itself
        indicator 资金到位率 weight 10 { actual actual / 预算资金; target >= 95%; score proportional }
                                                ^^^^^^
1 error
--- status
1
