# 等级 (the keyword grades) names the grade in a test's expect, as 定级 and grade do
--- args
test g.rubric
--- file g.rubric
评分表 "等级" {
    指标 甲 分值 100 { 目标 >= 10; 得分 按比例 }
    测试 "一" {
        已知 { 甲: 5 }
        预期 { 甲: 50; 总分: 50; 等级: "差" }
    }
    测试 "二" {
        已知 { 甲: 10 }
        预期 { 等级: "良" }
    }
}
--- stdout
g.rubric:9:14: test "二": 等级: expected "良", got "优"
1 passed, 1 failed
--- status
1
