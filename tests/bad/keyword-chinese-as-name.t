# the Chinese keyword 指标 as an indicator's name: the message calls it
# 'indicator', a word the file does not contain
--- args
check t.rubric
--- file t.rubric
评分表 “资金管理” {
    指标 指标 分值 10 { 得分 评定 }
}
--- stderr
t.rubric:2:8: error[E001]: unexpected '指标' (the keyword 'indicator')
        指标 指标 分值 10 { 得分 评定 }
             ^^^^
help: '指标' is a keyword: to use it as a name, write it in backquotes: `指标`
help: is a '}' missing? '{' at line 1 is still open
1 error
--- status
1
