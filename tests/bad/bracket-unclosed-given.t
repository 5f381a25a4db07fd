# a test's given block is not closed before the expect block: no help about
# the '{' still open
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
    test "一" {
        given { 资金到位率: 8
        expect { 资金到位率: 8 }
    }
}
--- stderr
t.rubric:5:9: error[E001]: unexpected 'expect'
            expect { 资金到位率: 8 }
            ^^^^^^
1 error
--- status
1
