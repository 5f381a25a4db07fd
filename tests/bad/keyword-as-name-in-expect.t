# a keyword written where a name is (预算执行率 is the Chinese of 'budget'):
# the message quotes it as written, names the keyword, and says to quote it
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    total 10
    indicator `预算执行率` weight 10 { target >= 90%; score proportional }
    test "a" {
        given { `预算执行率`: 95% }
        expect { 预算执行率: 10 }
    }
}
--- stderr
t.rubric:6:18: error[E001]: unexpected '预算执行率' (the keyword 'budget')
            expect { 预算执行率: 10 }
                     ^^^^^^^^^^
help: '预算执行率' is a keyword: to use it as a name, write it in backquotes: `预算执行率`
1 error
--- status
1
