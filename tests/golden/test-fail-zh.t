# rubric test in Chinese (LANGUAGE=zh_CN): every line it prints is in
# Chinese, with full-width punctuation: an expectation that does not hold
# (a score, "/", the total, a grade, no grade), a test that could not run,
# a template that does not load, the summary; "rubric: FILE has no tests"
# on standard error, with the template's errors (a given value of the wrong
# kind named in Chinese). Places, names and values stay as they are.
--- args
test t.rubric 空.rubric bad.rubric
--- env
LANGUAGE=zh_CN
--- file t.rubric
评分表 "测试失败" {
    指标 完成率 分值 10 { 目标 ≥ 90%; 得分 按比例 }
    指标 满意度 分值 10 { 目标 ≥ 90%; 得分 按比例 }
    等级 { 优: 90; 良: 80 }
    测试 "错" { 已知 { 完成率: 45%; 满意度: 90% }; 预期 { 完成率: 4; 满意度: "/"; 总分: 14; 等级: 优 } }
    测试 "无等级" { 已知 { 完成率: 0%; 满意度: "/" }; 预期 { 完成率: 0; 等级: 良 } }
    测试 "缺" { 已知 { }; 预期 { 完成率: 4 } }
}
--- file 空.rubric
评分表 "空" { 指标 丙 分值 10 { 得分 评定 } }
--- file bad.rubric
评分表 "坏" {
    指标 丁 分值 10 { 得分 评定 }
    测试 "t" { 已知 { 丁: "5" }; 预期 { 丁: 5 } }
}
--- stdout
t.rubric:5:46: 测试 "错"：完成率：预期 4，实际 5
t.rubric:5:54: 测试 "错"：满意度：预期 不适用，实际 10
t.rubric:5:64: 测试 "错"：总分：预期 14，实际 15
t.rubric:5:72: 测试 "错"：等级：预期 "优"，实际 无等级
t.rubric:6:55: 测试 "无等级"：等级：预期 "良"，实际 无等级
t.rubric:7:5: 测试 "缺"：无法运行：指标 完成率：数据中没有值
bad.rubric：未测试：评分表有 1 个错误
0 个通过，4 个失败
--- stderr
rubric：空.rubric 没有测试
bad.rubric:3:22: 错误[E217]: 丁 是数值，而不是 文本
        测试 "t" { 已知 { 丁: "5" }; 预期 { 丁: 5 } }
                              ^^^
1 个错误
--- status
1
