# a budget of 0 is a division by zero naming the row; 年初预算数 is optional
--- args
eval t.rubric d.json
--- file t.rubric
rubric "预算执行" {
    total 30
    input 全年预算数: number unit "万元"
    budget 资金总额 weight 10                          # min(执行率, 100%) × 10
    group 变体 {
        indicator 按比例 weight 10 {                   # 20 × 执行率 tables: the same with weight 20
            actual 全年执行数 / 全年预算数
            score weight * min(actual, 100%)
            round 0 down                               # some units floor: 99.10% → 9
        }
        indicator 执行情况 weight 10 { actual 全年执行数; target <= 全年预算数; score proportional }
    }
}
--- file d.json
{"全年预算数": 0, "全年执行数": 5}
--- stdout
预算执行

资金总额: 年初预算数 -, 全年预算数 0万元, 全年执行数 5

indicator   target  actual  weight           score  remark
资金总额            待核实      10          待核实  pending: the rule cannot score this value
变体                            20  0 (incomplete)
  按比例            待核实      10          待核实  pending: the rule cannot score this value
  执行情况  ≤0      5           10               0
--------------------------------------------------
total                           30  0 (incomplete)
grade                                            -

2 indicators pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:4:12: error[E305]: indicator 资金总额: cannot divide 5 by 全年预算数, which is 0
        budget 资金总额 weight 10                          # min(执行率, 100%) × 10
               ^^^^^^^^
t.rubric:7:20: error[E305]: indicator 按比例: cannot divide 5 by 全年预算数, which is 0
                actual 全年执行数 / 全年预算数
                       ^^^^^^^^^^^^^^^^^^^^^^^
2 errors
--- status
1
