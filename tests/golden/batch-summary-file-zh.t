# --summary=FILE writes the 汇总 to FILE, in Chinese under LANGUAGE=zh_CN
--- args
eval -f csv --summary=汇总.txt t.rubric units.csv
--- file t.rubric
rubric "批量" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 10 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 6 { score checklist { 财务制度: 3; 项目制度: 3 } }
    }
    group 效果 {
        indicator 满意度 weight 10 { target >= 90%; score proportional }
        indicator 社会效益 weight 4 { score judged }
    }
}
--- file units.csv
项目编号,项目名称,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分,社会效益.偏差原因
P01,社区养老,200,190,财务制度、项目制度,95%,显著,4,
P02,"老年食堂, 二期",100,100,财务制度,≥85%,一般,3,宣传不足
--- env
LANGUAGE=zh_CN
--- stdout
项目编号,项目名称,投入,资金到位率,制度健全性,效果,满意度,社会效益,总分,等级,错误数
P01,社区养老,15.5,9.5,6,14,10,4,29.5,优,0
P02,"老年食堂, 二期",13,10,3,12.44,9.44,3,25.44,良,0
--- status
0
--- file-out 汇总.txt
units.csv 汇总：共 2 个单位，评分 2 个，失败 0 个
等级分布:  优 1 (50%)  良 1 (50%)  中 0 (0%)  差 0 (0%)
总分：平均 27.47，中位数 27.47，最低 25.44，最高 29.5

指标              分值    平均得分      满分率
投入                16       14.25          0%
  资金到位率        10        9.75         50%
  制度健全性         6         4.5         50%
效果                14       13.22         50%
  满意度            10        9.72         50%
  社会效益           4         3.5         50%
