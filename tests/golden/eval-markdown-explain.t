# --explain adds a last column to a report: each row's 计分说明, its lines
# separated by <br> in a Markdown table.
--- args
eval t.rubric d.json -f md --explain --lang zh
--- file t.rubric
rubric "评分" {
    round 2
    total 10
    group 产出 {
        indicator 甲 weight 6 { target >= 100; score proportional }
        indicator 乙 weight 4 { score checklist { 制度: 2; 台账: 2 } }
    }
}
--- file d.json
{"甲": 95.5, "乙": ["制度"]}
--- stdout
# 评分

| 一级指标 | 二级指标 | 分值 | 目标值 | 实际值 | 得分 | 评分标准 | 备注 | 计分说明 |
|---|---|---|---|---|---|---|---|---|
| 产出（10分） | 甲 | 6 | ≥100 | 95.5 | 5.73 |  |  | 甲 (t.rubric:5)<br>  \>= 100<br>  proportional (t.rubric:5)<br>  实际值 95.5，目标值 100，分值 6<br>  95.5 ≥ 100：否<br>  95.5 ÷ 100 × 6 = 5.73<br>  max(0, 5.73) = 5.73<br>  得分：5.73（分值 6） |
|  | 乙 | 4 |  | 1/2 | 2 |  |  | 乙 (t.rubric:6)<br>  checklist (t.rubric:6)<br>  实际值 制度，分值 4<br>  符合 制度：2 分<br>  共 2 项，符合 1 项：2 分<br>  得分：2（分值 4） |
| **总分** |  | 10 |  |  | **7.73** | 等级：中 |  |  |

