# rubric eval reports data errors in Chinese under LANG=zh_CN.UTF-8 (LC_ALL unset)
--- args
eval e.rubric d.json
--- env
LC_ALL=
LANG=zh_CN.UTF-8
--- file e.rubric
rubric "数据错误" {
    input 实际到位资金: number
    input 预算资金: number
    input 获奖数: number
    indicator 资金到位率 weight 5 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
    indicator 获奖情况 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 5 }
    indicator 满意度 weight 5 { score judged }
}
--- file d.json
{"实际到位资金": 80, "预算资金": 0, "获奖数": "三", "问题数": 1}
--- stderr
d.json:1:27: 错误[E302]: 输入 获奖数："三" 不是数值
    {"实际到位资金": 80, "预算资金": 0, "获奖数": "三", "问题数": 1}
                                        ^^^^^^^^
d.json:1:39: 错误[E304]: 评分表中没有名为 "问题数" 的输入或指标
    {"实际到位资金": 80, "预算资金": 0, "获奖数": "三", "问题数": 1}
                                                        ^^^^^^^^
e.rubric:7:15: 错误[E303]: 指标 满意度 由评定打分：数据必须给出其得分
        indicator 满意度 weight 5 { score judged }
                  ^^^^^^
提示: 请写作 {"actual": ..., "score": N}；CSV 文件中则用名为 满意度.得分 的列
e.rubric:5:39: 错误[E305]: 指标 资金到位率：不能将 80 除以 预算资金（其值为 0）
        indicator 资金到位率 weight 5 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
                                               ^^^^^^^^^^^^^^^^^^^^^^^
4 个错误
--- status
1
