# Dividing an amount in 元 by one in 万元 would score 950000%: check refuses
# it, naming both units, and says how to convert.
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    input 实际到位资金: number unit "元"
    input 预算资金: number unit "万元"
    indicator 资金到位率 weight 100 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
}
--- stderr
t.rubric:4:41: error[E106]: '/' mixes amounts in 元 (实际到位资金) and in 万元 (预算资金): convert one first
        indicator 资金到位率 weight 100 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
                                                 ^^^^^^^^^^^^^^^^^^^^^^^
help: 实际到位资金 / 10000 is in 万元; or give both in one unit
1 error
--- status
1
