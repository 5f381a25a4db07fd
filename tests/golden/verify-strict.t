# --verify --strict counts the judged and overridden rows as findings: exit 1.
--- args
eval --verify --strict t.rubric d.json
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

indicator   target    actual  weight  score  published  remark
产出                             100     88
  数量      ≥100      90          40    40*         40  overridden, the rule gives 36: 按实际任务量
  社会效益  有效保护  有效        30     28         28
  制度                有制度      30     20         20
------------------------------------------------------
total                            100     88         88
grade                                    良

* score set by the data, overriding the rule

verify: 0 findings; 3 published row scores checked
published score not derivable from the rule: 3 rows (judged: 社会效益, 制度; overridden: 数量)
--- status
1
--- stderr
rubric: d.json: 3 rows scored by judgement or override (--strict)
