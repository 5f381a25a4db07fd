# 分值10: a Chinese keyword and its number written together are one name; the
# help says to put a space between them, not to quote the name.
--- args
check t.rubric
--- file t.rubric
评分表 "关键字后不留空格" {
    总分 10
    分组 产出 {
        指标 完成率 分值10 { 目标 95%以上; 得分 按比例 }
    }
}
--- stderr
t.rubric:4:16: error[E001]: unexpected name '分值10'; expected '分值' or '{'
            指标 完成率 分值10 { 目标 95%以上; 得分 按比例 }
                        ^^^^^^
help: put a space between '分值' and '10'
1 error
--- status
1
