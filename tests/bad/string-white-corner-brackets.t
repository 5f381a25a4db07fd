# a name in 『...』 (white corner brackets), which do not quote: two errors
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 『资金到位率』 weight 10 { score judged }
}
--- stderr
t.rubric:2:15: error[E001]: unexpected character '『' (U+300E)
        indicator 『资金到位率』 weight 10 { score judged }
                  ^^
t.rubric:2:21: error[E001]: unexpected character '』' (U+300F)
        indicator 『资金到位率』 weight 10 { score judged }
                              ^^
2 errors
--- status
1
