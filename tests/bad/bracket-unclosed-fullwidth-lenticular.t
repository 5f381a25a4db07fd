# a band interval opened with a full-width 【 and never closed
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score bands {
            【100%, inf: 10
            else: 0
        }
    }
}
--- stderr
t.rubric:4:23: error[E001]: unexpected ':'; expected ')' or ']'
                【100%, inf: 10
                           ^
1 error
--- status
1
