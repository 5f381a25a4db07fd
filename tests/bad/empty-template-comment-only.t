# a template of only a comment
--- args
check t.rubric
--- file t.rubric
# 资金管理评分表
--- stderr
t.rubric:1:1: error[E001]: the file holds no template (only blanks and comments, or nothing)
    # 资金管理评分表
    ^
help: a template starts with 'rubric "TITLE" {' (or '评分表 “标题” {')
1 error
--- status
1
