# syntax errors in Chinese: what was found, what was expected, the bracket left open
--- args
check s.rubric
--- env
LANGUAGE=zh_CN
--- file s.rubric
rubric "语法" {
    indicator 甲 weight 10 { target >= 10; score proportional
    indicator 乙 weight 10 { target 目标值 }
}
--- stderr
s.rubric:3:5: 错误[E001]: 意外的'indicator'
        indicator 乙 weight 10 { target 目标值 }
        ^^^^^^^^^
提示: 是否缺少 '}'？'{'（第 2 行）仍未闭合
1 个错误
--- status
1
