# an unknown escape \d in a string (a Windows path)
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        note "见 D:\docs"
        score judged
    }
}
--- stderr
t.rubric:3:14: error[E001]: unknown escape '\d' in string (use \" \\ \n or \t)
            note "见 D:\docs"
                 ^^^^^^^^^^^^
1 error
--- status
1
