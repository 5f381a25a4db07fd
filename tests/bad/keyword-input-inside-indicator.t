# an input declared inside an indicator
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        input 预算资金: number
        score judged
    }
}
--- stderr
t.rubric:3:9: error[E001]: unexpected 'input'
            input 预算资金: number
            ^^^^^
1 error
--- status
1
