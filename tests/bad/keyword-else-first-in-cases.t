# 'else' as the first line of a cases table
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score cases {
            else: 0
            actual >= 100%: 10
        }
    }
}
--- stderr
t.rubric:4:19: error[E212]: 'else' must be the last case
                else: 0
                      ^
1 error
--- status
1
