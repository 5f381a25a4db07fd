# a rubric block inside a rubric block
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    rubric "投入" {
        indicator 资金到位率 weight 10 { score judged }
    }
}
--- stderr
t.rubric:2:5: error[E001]: unexpected 'rubric'
        rubric "投入" {
        ^^^^^^
1 error
--- status
1
