# 1,234.5 in a template: the help gives the number as written without its
# commas (1234.5), not a stock example
--- args
check t.rubric
--- file t.rubric
评分表 "千分位" {
    总分 10
    分组 产出 {
        指标 总成本 分值 10 { 目标 ≤ 1,234.5; 得分 按比例 }
    }
}
--- stderr
t.rubric:4:30: error[E001]: unexpected ','
            指标 总成本 分值 10 { 目标 ≤ 1,234.5; 得分 按比例 }
                                          ^
help: a number is written without thousands separators: 1234.5, not 1,234.5
1 error
--- status
1
