# a comment started with a full-width ＃ (U+FF03)
--- args
check t.rubric
--- file t.rubric
＃ 说明
rubric "资金管理" {
    indicator 资金到位率 weight 10 { score judged }
}
--- stderr
t.rubric:1:1: error[E001]: unexpected character '＃' (U+FF03)
    ＃ 说明
    ^^
1 error
--- status
1
