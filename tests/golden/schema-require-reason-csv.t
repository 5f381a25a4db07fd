# rubric schema -f csv under require reason: a column 指标.偏差原因 after each
# row's value (and its 指标.得分), the budget row's and a computed actual's too.
--- args
schema -f csv t.rubric
--- file t.rubric
rubric "偏差原因" {
    round 2
    require reason
    budget 项目资金 weight 10
    input 实际到位资金: number unit "万元"
    input 预算资金: number unit "万元"
    group 产出 {
        indicator 资金到位率 weight 10 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
        indicator 覆盖率 weight 10 { target >= 95%; score proportional }
        indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
        indicator 满意度 weight 10 { score judged }
        indicator 宣传覆盖 { inapplicable }
    }
}
--- stdout
项目编号,项目名称,实际到位资金,预算资金,年初预算数,全年预算数,全年执行数,项目资金.偏差原因,资金到位率.偏差原因,覆盖率,覆盖率.偏差原因,完成质量,完成质量.得分,完成质量.偏差原因,满意度,满意度.得分,满意度.偏差原因
