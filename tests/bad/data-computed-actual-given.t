# a bare value for an indicator whose actual is computed
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    input 实际到位资金: number
    input 预算资金: number
    indicator 资金到位率 weight 10 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
}
--- file d.json
{"实际到位资金": 95, "预算资金": 100, "资金到位率": "95%"}
--- stderr
d.json:1:29: error[E302]: indicator 资金到位率 computes its actual: the data cannot give it
    {"实际到位资金": 95, "预算资金": 100, "资金到位率": "95%"}
                                          ^^^^^^^^^^^^
help: give the inputs it is computed from; an object {"score": N, "reason": "...", "published": N} may override or audit its score
1 error
--- status
1
