# words that are keywords only inside rules and settings (截尾, 按比例, 达标) can name inputs, groups, indicators and levels
--- args
eval t.rubric d.json
--- file t.rubric
rubric "soft keywords" {
    input 截尾: number
    group 达标 {
        indicator 四舍五入 weight 10 { target >= 90; actual `截尾`; score proportional; round 1 down }
        indicator 按比例 weight 2 { score grade { 达标: 2; 未达标: 0 } }
    }
}
--- file d.json
{"截尾": 70, "按比例": "达标"}
--- stdout
soft keywords

indicator   target  actual  weight  score
达标                            12    9.7
  四舍五入  ≥90     70          10    7.7
  按比例            达标         2      2
-----------------------------------------
total                           12    9.7
grade                                  良
--- status
0
