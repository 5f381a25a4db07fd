# CSV to text: the tables one after another, each under its identity
--- args
eval t.rubric units.csv
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
--- stdout
== 项目编号: P01  项目名称: 社区养老 ==
批量

indicator     target  actual  weight  score
投入                              16   15.5
  资金到位率  ≥100%   95%         10    9.5
  制度健全性          2/2          6      6
效果                              14     14
  满意度      ≥90%    95%         10     10
  社会效益            显著         4      4
-------------------------------------------
total                             30   29.5
grade                                    优

== 项目编号: P02  项目名称: 老年食堂, 二期 ==
批量

indicator     target  actual  weight  score  remark
投入                              16     13
  资金到位率  ≥100%   100%        10     10
  制度健全性          1/2          6      3
效果                              14  12.44
  满意度      ≥90%    85%         10   9.44
  社会效益            一般         4      3  宣传不足
-------------------------------------------
total                             30  25.44
grade                                    良
--- status
0
