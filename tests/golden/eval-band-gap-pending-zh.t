# The pending row and the incomplete total, in Chinese.
--- args
eval --lang zh t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    round 2
    indicator 资金到位率 weight 4 {
        target = 100%
        score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
    }
    indicator 资金使用率 weight 6 { target >= 95%; score proportional }
}
--- file d.json
{"资金到位率": "90%", "资金使用率": "93%"}
--- stdout
资金管理

指标        目标值  实际值  分值            得分  备注
资金到位率  =100%   90%        4          待核实  待核实：评分规则无法对该值计分
资金使用率  ≥95%    93%        6            5.87
------------------------------------------------
总分                          10  5.87（不完整）
等级                                           -

1 项指标待核实：总分仅为已评分指标之和，不定等级
--- stderr
t.rubric:5:15: 错误[E307]: 指标 资金到位率：90% 不在任何分档中
            score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
                  ^^^^^
提示: 该行待核实，其余指标照常评分；若评分标准规定了这个值的得分，请为它添加一个分档，或添加 'else:' 分档
1 个错误
--- status
1
