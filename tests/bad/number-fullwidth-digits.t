# a target written with full-width digits ２０００: one mistake, four errors
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
t.rubric:3:19: error[E001]: unexpected character '２' (U+FF12)
            target >= ２０００
                      ^^
t.rubric:3:20: error[E001]: unexpected character '０' (U+FF10)
            target >= ２０００
                        ^^
t.rubric:3:21: error[E001]: unexpected character '０' (U+FF10)
            target >= ２０００
                          ^^
t.rubric:3:22: error[E001]: unexpected character '０' (U+FF10)
            target >= ２０００
                            ^^
4 errors
--- status
1
