# --strict only makes sense with --verify.
--- args
eval --strict t.rubric d.json
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
--- stderr
rubric: --strict counts judged and overridden rows as findings of --verify; give --verify
--- status
2
