# 权值 for 权重/分值, where a weight is expected: did you mean the keyword (of
# two as close, the one that begins as the word does), not 'quote the name'.
--- args
check t.rubric
--- file t.rubric
评分表 "权值" {
    总分 10
    分组 产出 {
        指标 完成率 权值 10 { 目标 >= 95%; 得分 按比例 }
    }
}
--- stderr
t.rubric:4:16: error[E001]: unexpected name '权值'; expected '分值' or '{'
            指标 完成率 权值 10 { 目标 >= 95%; 得分 按比例 }
                        ^^^^
help: did you mean '权重'?
1 error
--- status
1
