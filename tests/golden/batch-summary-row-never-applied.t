# the summary of a row that applied to no unit shows "-", not a mean of 0
--- args
eval -f csv --summary t.rubric units.csv
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
项目编号,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分
P01,200,190,/,95%,显著,4
P02,200,200,/,90%,一般,3
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P01,9.5,9.5,,14,10,4,23.5,中,0
P02,10,10,,13,10,3,23,中,0
--- stderr

summary of units.csv: 2 units, 2 scored, 0 failed
grades:  优 0 (0%)  良 0 (0%)  中 2 (100%)  差 0 (0%)
total: mean 23.25, median 23.25, least 23, greatest 23.5

item            weight        mean  full marks
投入                16        9.75          0%
  资金到位率        10        9.75         50%
  制度健全性         6           -           -
效果                14        13.5         50%
  满意度            10          10        100%
  社会效益           4         3.5         50%
