# rubric schema -f csv: the header row of a CSV file of units, with the
# identity columns, every value, and 指标.得分 where the data gives the score.
--- args
schema -f csv t.rubric
--- file t.rubric
rubric "2023年社区养老服务项目绩效自评" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 20 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 20 { note "财务制度、项目制度各10分"; score checklist { 财务制度: 10; 项目制度: 10 } }
    }
    group 产出 {
        indicator 服务人次 weight 30 { unit "人次"; target >= 5000; score proportional }
        indicator 宣传覆盖 { inapplicable }
        indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
    }
    group 效果 {
        indicator 社会效益 weight 20 { score judged }
    }
}
--- stdout
项目编号,项目名称,预算资金,实际到位资金,制度健全性,服务人次,完成质量,完成质量.得分,社会效益,社会效益.得分
