# a NUL byte after the data's object ("end of file expected near end of file")
--- args
eval t.rubric d.json
--- file t.rubric
rubric "监督抽查" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file-bytes d.json
{"抽查批次": 1962}\0000
--- stderr
d.json:1:15: error[E301]: end of file expected near end of file
    {"抽查批次": 1962} 
                      ^
1 error
--- status
1
