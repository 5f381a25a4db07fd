# an unclosed full-width ｛, in a template written with Chinese keywords
--- args
check t.rubric
--- file t.rubric
评分表 “资金管理” ｛
    指标 资金到位率 分值 10 ｛ 得分 评定 ｝
--- stderr
t.rubric:2:29: error[E001]: unexpected end of file; expected end of line or '}'
        指标 资金到位率 分值 10 ｛ 得分 评定 ｝
                                               ^
help: is a '}' missing? '｛' at line 1 is still open
1 error
--- status
1
