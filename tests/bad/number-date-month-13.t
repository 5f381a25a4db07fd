# a deadline in month 13
--- args
check t.rubric
--- file t.rubric
rubric "进度" {
    indicator 完成及时性 weight 10 {
        target by 2021-13-01
        score met
    }
}
--- stderr
t.rubric:3:19: error[E001]: '2021-13-01' is not a date
            target by 2021-13-01
                      ^^^^^^^^^^
1 error
--- status
1
