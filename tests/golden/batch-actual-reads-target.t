# an actual that reads its own target (`actual 实际 - target`) with a target
# computed from an expression: the target is computed first, so that every unit
# of a batch reads its own target, not the previous unit's (nor an empty slot
# for the first)
--- args
eval -f csv t.rubric units.csv
--- file t.rubric
rubric "先算目标" {
    input 实际: number
    indicator 超额 weight 10 {
        target >= 40 + 10
        actual 实际 - target
        score proportional
    }
}
--- file units.csv
序号,实际
1,80
2,80
3,60
--- stdout
序号,超额,total,grade,errors
1,6,6,中,0
2,6,6,中,0
3,2,2,差,0
--- status
0
