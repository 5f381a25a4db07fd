# the budget row: 执行率 = 全年执行数 / 全年预算数, scored min(执行率, 100%) × weight; the inputs can be used elsewhere; a floor by 'round 0 down'
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
{"年初预算数": 120, "全年预算数": 100, "全年执行数": 99.1, "资金总额": {"published": 9.91}}
--- stdout
预算执行

资金总额: 年初预算数 120, 全年预算数 100万元, 全年执行数 99.1; 执行率 99.1%

indicator   target  actual  weight  score
资金总额            99.1%       10   9.91
变体                            20     19
  按比例            0.991       10      9
  执行情况  ≤100    99.1        10     10
-----------------------------------------
total                           30  28.91
grade                                  优
--- status
0
