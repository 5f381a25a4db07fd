# --verify accepts a judged score, a score picked in a level's range and an
# override, and lists them apart: published scores not derivable from the
# rule, the judged ones and the overridden ones; exit 0 (no finding).
--- args
eval --verify t.rubric d.json --lang zh
--- file t.rubric
rubric "评定与调整" {
    round 2
    group 产出 {
        indicator 数量 weight 40 { target >= 100; score proportional }
        indicator 社会效益 weight 30 { target "有效保护"; score judged }
        indicator 制度 weight 30 { score grade { 完整完善: 30; 有制度: 15..25; 无制度: 0 } }
    }
}
--- file d.json
{"数量": {"actual": 90, "score": 40, "reason": "按实际任务量", "published": 40},
 "社会效益": {"actual": "有效", "score": 28, "published": 28},
 "制度": {"level": "有制度", "score": 20, "published": 20},
 "$published": {"total": 88}}
--- stdout
评定与调整

指标        目标值    实际值  分值  得分  公布得分  备注
产出                           100    88
  数量      ≥100      90        40   40*        40  已调整，按规则得 36：按实际任务量
  社会效益  有效保护  有效      30    28        28
  制度                有制度    30    20        20
--------------------------------------------------
总分                           100    88        88
等级                                  良

* 得分由数据给定，不按规则计算

核对：发现 0 处不一致；核对了 3 项公布得分
公布得分中非由规则得出的：3 行（评价人员评定：社会效益，制度；数据调整：数量）
