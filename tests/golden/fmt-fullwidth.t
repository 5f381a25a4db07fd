# full-width punctuation typed with a Chinese input method becomes ASCII,
# and 95％ becomes 95%; strings and quoted names keep their text, and the
# ideographic space goes
--- args
fmt t.rubric
--- file t.rubric
评分表 “全角”｛
　总分 10
　输入 实际到位资金： 数值；输入 预算资金：数值
　分组 投入｛
　　指标 「资金到位率（%）」 分值 6｛实际值 实际到位资金／预算资金；目标≥100％；得分 按比例｝
　　指标 到位 分值 4｛ 目标 “按时”；得分 分档｛【0，1】：0；（1，无穷）：4｝｝
　｝
｝
--- stdout
评分表 “全角” {
    总分 10
    输入 实际到位资金: 数值; 输入 预算资金: 数值
    分组 投入 {
        指标 「资金到位率（%）」 分值 6 { 实际值 实际到位资金 / 预算资金; 目标 >= 100%; 得分 按比例 }
        指标 到位 分值 4 { 目标 “按时”; 得分 分档 { [0, 1]: 0; (1, 无穷): 4 } }
    }
}
--- status
0
