# a target written with full-width digits ２０００: one error for the number,
# with the help to write it in ASCII digits (2000)
--- args
check t.rubric
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= ２０００
        score proportional
    }
}
--- stderr
t.rubric:3:19: error[E001]: full-width digits '２０００'
            target >= ２０００
                      ^^^^^^^^
help: numbers in a template are written with ASCII digits: 2000
1 error
--- status
1
