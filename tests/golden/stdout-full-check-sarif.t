# check --diagnostics=sarif of a template with an error (E101) to a full
# disk: exit 2 and a message, not exit 1 without a word
--- args
check --diagnostics=sarif t.rubric
--- stdout-to
/dev/full
--- file t.rubric
rubric "满" {
    input 实际到位资金: number
    input 预算资金: number
    indicator 资金到位率 weight 100 {
        actual 实际到位资 / 预算资金
        target >= 100%
        score proportional
    }
    test "到位" {
        given { 实际到位资金: 90; 预算资金: 100 }
        expect { 资金到位率: 90 }
    }
}
--- stderr
rubric: cannot write to standard output: No space left on device
--- status
2
