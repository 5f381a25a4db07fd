# the same in Chinese: the message still says 'indicator'
--- args
check t.rubric
--- env
LANGUAGE=zh_CN
--- file t.rubric
评分表 “资金管理” {
    指标 指标 分值 10 { 得分 评定 }
}
--- stderr
t.rubric:2:8: 错误[E001]: 意外的 '指标'（关键字 'indicator'）
        指标 指标 分值 10 { 得分 评定 }
             ^^^^
提示: '指标' 是关键字：要把它用作名称，请用反引号括起来：`指标`
提示: 是否缺少 '}'？'{'（第 1 行）仍未闭合
1 个错误
--- status
1
