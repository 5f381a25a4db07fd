# 总分 100分, 分值 100分 in a template of Chinese keywords: the help quotes
# the keyword and the number as written (分值 100), not English code.
--- args
check t.rubric
--- file t.rubric
评分表 "分值带分字" {
    总分 100分
    分组 产出 {
        指标 完成率 分值 100分 { 目标 95%以上; 得分 按比例 }
    }
}
--- stderr
t.rubric:2:11: error[E001]: unexpected name '分'
        总分 100分
                ^^
help: the total is a number of points: write the number alone: 总分 100
t.rubric:4:22: error[E001]: unexpected name '分'; expected '+', '-', '*', '/' or '{'
            指标 完成率 分值 100分 { 目标 95%以上; 得分 按比例 }
                                ^^
help: a weight is a number of points: write the number alone: 分值 100
2 errors
--- status
1
