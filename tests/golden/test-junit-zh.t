# rubric test --lang zh: the expectations of a data file (published scores,
# total and grade) in Chinese, and the JUnit XML's messages and lines in the
# language of messages as the text shows them; its elements, attributes and
# the testcase "load" of a template that does not load stay as they are
--- args
test --lang zh --junit results.xml t.rubric bad.rubric
--- file t.rubric
评分表 "公布的表" {
    舍入 2
    分组 产出 {
        指标 甲 分值 60 { 目标 ≥ 100; 得分 按比例 }
        指标 乙 分值 40 { 得分 评定 }
    }
    测试 "乙 评高了" {
        已知 "unit.json"
        已知 { 乙: 40 }
    }
}
--- file unit.json
{"甲": {"actual": 95, "published": 57}, "乙": {"actual": "好", "score": 36, "published": 36}, "$published": {"total": 93, "grade": "优"}}
--- file bad.rubric
评分表 "坏" {
    指标 丁 分值 10 { 得分 评定 }
    测试 "t" { 已知 { 丁: "5" }; 预期 { 丁: 5 } }
}
--- file-out results.xml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="rubric test" tests="2" failures="1" errors="1">
  <testsuite name="t.rubric" tests="1" failures="1" errors="0">
    <testcase name="乙 评高了" classname="t.rubric">
      <failure message="乙：预期 36（公布），实际 40; 总分：预期 93（公布），实际 97">t.rubric:8:12: 测试 "乙 评高了"：乙：预期 36（公布），实际 40
t.rubric:8:12: 测试 "乙 评高了"：总分：预期 93（公布），实际 97
</failure>
    </testcase>
  </testsuite>
  <testsuite name="bad.rubric" tests="1" failures="0" errors="1">
    <testcase name="load" classname="bad.rubric">
      <error message="评分表有 1 个错误"/>
    </testcase>
  </testsuite>
</testsuites>
--- stdout
t.rubric:8:12: 测试 "乙 评高了"：乙：预期 36（公布），实际 40
t.rubric:8:12: 测试 "乙 评高了"：总分：预期 93（公布），实际 97
bad.rubric：未测试：评分表有 1 个错误
0 个通过，2 个失败
--- stderr
bad.rubric:3:22: 错误[E217]: 丁 是数值，而不是 文本
        测试 "t" { 已知 { 丁: "5" }; 预期 { 丁: 5 } }
                              ^^^
1 个错误
--- status
1
