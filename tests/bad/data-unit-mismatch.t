# A value with a unit that is not the value's own: an error naming both; money
# is converted between 元, 千元, 万元 and 亿元, but not into 米.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "t" {
    indicator 长度 weight 50 { target ≥266米; score proportional }
    indicator 成本 weight 50 { unit "万元"; target <= 39; score proportional }
}
--- file d.json
{"长度": "0.3公里", "成本": "40米"}
--- stderr
d.json:1:2: error[E302]: indicator 长度: "0.3公里" is in 公里, but its unit is "米"
    {"长度": "0.3公里", "成本": "40米"}
     ^^^^^^
help: write the value in 米
d.json:1:17: error[E302]: indicator 成本: "40米" is in 米, but its unit is "万元"
    {"长度": "0.3公里", "成本": "40米"}
                        ^^^^^^
help: write the value in 万元 (an amount in 元, 千元, 万元 or 亿元 is converted)
2 errors
--- status
1
