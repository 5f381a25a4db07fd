# with LANGUAGE=zh_CN the diagnostics are in Chinese; codes, places and the source stay
--- args
check 坏.rubric
--- env
LANGUAGE=zh_CN
--- file 坏.rubric
rubric "坏的" {
    total 100
    input 实际在编人数: number
    input 核定在编人数: number
    group 投入 weight 12 {
        indicator 人员控制率 weight 3 {
            actual 实际在编人数 / 核定在编数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
        indicator 资金到位率 weight 4 {
            target = 100%
            score bands {
                [100%, inf): 4
                (90%, 100%): 3
                [0, 90%): 0
            }
        }
    }
}
--- stderr
坏.rubric:5:21: 错误[E201]: 分组 投入 的分值合计为 7，比其分值 12 少 5
        group 投入 weight 12 {
                          ^^
坏.rubric:2:11: 错误[E201]: 分值合计为 12，比总分 100 少 88
        total 100
              ^^^
坏.rubric:7:29: 错误[E101]: 未知名称 '核定在编数'
                actual 实际在编人数 / 核定在编数
                                      ^^^^^^^^^^
提示: 是不是 '核定在编人数'？
坏.rubric:15:17: 警告[W201]: 90% 不在 资金到位率 的任何分档中
                    (90%, 100%): 3
                    ^^^^^^^^^^^
提示: 单位的值落在这里时，该行报错并待核实；若公布的评分标准本就未覆盖这些值，请照公布的分档保留，并写明理由允许此警告：# rubric: allow W201 ……
3 个错误，1 个警告
--- status
1
