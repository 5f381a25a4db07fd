# a target that is '%' alone
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= %
        score proportional
    }
}
--- stderr
t.rubric:3:19: error[E001]: unexpected character '%'
            target >= %
                      ^
1 error
--- status
1
