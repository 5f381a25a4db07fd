# a keyword that names an indicator (预算执行率 is the Chinese of 'budget',
# and the most common name of the form's budget row) may be written bare as
# the name of a test entry, as in a declaration: the test checks
--- args
test t.rubric
--- file t.rubric
rubric "t" {
    total 10
    indicator `预算执行率` weight 10 { target >= 90%; score proportional }
    test "a" {
        given { `预算执行率`: 95% }
        expect { 预算执行率: 10 }
    }
}
--- stdout
1 passed, 0 failed
