# the same with the Chinese keyword inside a long chain of minus signs, as
# the fuzzer found it (the evaluator's bounds ran out of stack before)
--- args
check t.rubric
--- file t.rubric
rubric "自引用" {
    input 预算资金: number
    indicator 资金到位率 weight 10 { actual ----实际值 - 预算资金; target >= 95%; score proportional }
}
--- stderr
t.rubric:3:44: error[E105]: the actual of 资金到位率 cannot refer to itself
        indicator 资金到位率 weight 10 { actual ----实际值 - 预算资金; target >= 95%; score proportional }
                                                    ^^^^^^
1 error
--- status
1
