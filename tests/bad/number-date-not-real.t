# a deadline that is not a real date, 2021-02-29
--- args
check t.rubric
--- file t.rubric
rubric "进度" {
    indicator 完成及时性 weight 10 {
        target by 2021-02-29
        score met
    }
}
--- stderr
t.rubric:3:19: error[E001]: '2021-02-29' is not a date
            target by 2021-02-29
                      ^^^^^^^^^^
1 error
--- status
1
