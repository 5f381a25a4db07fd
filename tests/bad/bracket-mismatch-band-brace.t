# a band interval [lo, hi closed by '}'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率 weight 10 {
        score bands { [100%, inf}: 10; else: 0 }
    }
}
--- stderr
t.rubric:3:33: error[E001]: unexpected '}'; expected ')' or ']'
            score bands { [100%, inf}: 10; else: 0 }
                                    ^
t.rubric:5:1: error[E001]: unexpected '}'; expected end of file or end of line
    }
    ^
2 errors
--- status
1
