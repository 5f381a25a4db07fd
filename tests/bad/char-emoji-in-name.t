# an emoji at the end of an indicator's name
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 资金到位率😀 weight 10 { score judged }
}
--- stderr
t.rubric:2:20: error[E001]: unexpected character '😀' (U+1F600)
        indicator 资金到位率😀 weight 10 { score judged }
                            ^^
help: a name with punctuation or spaces in it is written in 「」 or in backquotes: 「资金到位率😀」 or `资金到位率😀`
1 error
--- status
1
