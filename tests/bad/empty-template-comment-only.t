# a template of only a comment
--- args
check t.rubric
--- file t.rubric
# 资金管理评分表
--- stderr
t.rubric:1:1: error[E001]: unexpected end of file; expected end of line or 'rubric'
    # 资金管理评分表
    ^
1 error
--- status
1
