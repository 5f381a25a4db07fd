# The CSV form of rubric schema under require reason, filled in: the
# 指标.偏差原因 columns give the reasons, and a row below full marks whose
# reason cell is empty is pending (待核实): that unit has no total and no grade.
--- args
eval t.rubric units.csv -f csv
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
--- file units.csv
项目编号,项目名称,实际到位资金,预算资金,年初预算数,全年预算数,全年执行数,项目资金.偏差原因,资金到位率.偏差原因,覆盖率,覆盖率.偏差原因,完成质量,完成质量.得分,完成质量.偏差原因,满意度,满意度.得分,满意度.偏差原因
P1,甲,95,100,,100,90,进度滞后,资金未全部到位,90%,受天气影响,中,7,整改中,较满意,9,抽样偏少
P2,乙,100,100,,100,100,,,96%,,好,,,满意,8,
--- stdout
项目编号,项目名称,项目资金,产出,资金到位率,覆盖率,完成质量,满意度,宣传覆盖,total,grade,errors
P1,甲,9,34.97,9.5,9.47,7,9,,43.97,良,0
P2,乙,10,待核实,10,10,10,待核实,,,待核实,1
--- stderr
units.csv: row 3, column 17 (满意度.偏差原因): error[E314]: indicator 满意度: scored 8 of 10, without a reason (偏差原因) (t.rubric:11:19)
  help: the template requires a reason for every score below full marks: give {"actual": ..., "score": N, "reason": "..."} in the data
rubric: units.csv: 1 of 2 units failed
--- status
1
