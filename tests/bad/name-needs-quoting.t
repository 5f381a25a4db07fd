# Names as tables write them, with a colon or a space in them (指标1：全县参合人
# 数): the error at the punctuation says how to quote the name, 「」 or
# backquotes, and the indicator's block is read on, so that its closing brace
# causes no second error.
--- args
check t.rubric
--- file t.rubric
rubric "新农合" {
    total 100
    group 一、产出指标 weight 100 {
        indicator 指标1：全县参合人数 weight 60 {
            target >= 1000
            score proportional
        }
        indicator 参合率 weight 40 { target >= 95%; score proportional }
    }
}
--- stderr
t.rubric:3:12: error[E001]: unexpected character '、' (U+3001)
        group 一、产出指标 weight 100 {
                ^^
help: a name with punctuation or spaces in it is written in 「」 or in backquotes: 「一、产出指标」 or `一、产出指标`
t.rubric:4:22: error[E001]: unexpected '：' (the keyword ':'); expected 'weight' or '{'
            indicator 指标1：全县参合人数 weight 60 {
                           ^^
help: a name with punctuation or spaces in it is written in 「」 or in backquotes: 「指标1：全县参合人数」 or `指标1：全县参合人数`
2 errors
--- status
1
