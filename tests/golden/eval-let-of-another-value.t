# A let whose value is another node's value (an input, an if, a cases)
# reads that value: the evaluator used to return the let's own slot, which
# such a value never writes, so these lets were 0.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "lets" {
    input a: number
    let L = a
    let M = cases { a > 1: a * 2; else: 3 }
    let G = if a > 1 then a * 2 else 3
    indicator s1 weight 5 { score min(L, 5) }
    indicator s2 weight 5 { score min(M, 5) }
    indicator s3 weight 5 { score min(G, 5) }
    indicator s4 weight 5 { score min(L + M + G, 5) }
}
--- file d.json
{"a": 2}
--- stdout
lets

indicator  target  actual  weight  score
s1                              5      2
s2                              5      4
s3                              5      4
s4                              5      5
----------------------------------------
total                          20     15
grade                                 中
--- status
0
