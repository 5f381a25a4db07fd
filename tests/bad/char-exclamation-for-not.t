# '!' used for 'not' at the start of a score
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        target >= 100%
        score if !(actual >= target) then 0 else weight
    }
}
--- stderr
t.rubric:4:18: error[E001]: unexpected character '!'
            score if !(actual >= target) then 0 else weight
                     ^
1 error
--- status
1
