# --emit-test writes the test block in the keywords the template is written
# in: a template that opens with 评分表 gets 测试 / 已知 / 预期, 总分 and 等级,
# 打分(...) and 真/假, whatever the language of messages (here English); the
# punctuation is ASCII, which reads the same. The block, put inside the
# template, passes.
--- args
eval --lang en t.rubric d.json --emit-test
--- file t.rubric
评分表 "写测试" ｛
    舍入 2
    输入 预算资金： 数值 单位 “万元”
    输入 到位资金： 数值 单位 “万元”
    输入 按期完成： 布尔
    分组 投入 ｛
        指标 资金到位率 分值 20 ｛ 实际值 到位资金 / 预算资金；目标 ≥ 100％；得分 按比例 ｝
        指标 完成及时性 分值 10 ｛ 实际值 如果 按期完成 则 100％ 否则 0％；目标 ≥ 100％；得分 达标 ｝
    ｝
    分组 产出 ｛
        指标 管理制度 分值 10 ｛ 得分 定级 ｛ 完整完善： 10；有制度： 5..8；无制度： 0 ｝ ｝
        指标 社会效益 分值 10 ｛ 得分 评定 ｝
        指标 宣传 分值 10 ｛ 目标 ≥ 10；得分 按比例 ｝
    ｝
｝
--- file d.json
{"预算资金": 100, "到位资金": 95.5, "按期完成": false,
 "管理制度": {"level": "有制度", "score": 7},
 "社会效益": {"actual": "较好", "score": 8},
 "宣传": "/"}
--- stdout
测试 "写测试" {
    已知 {
        预算资金: 100
        到位资金: 95.5
        按期完成: 假
        管理制度: 打分("有制度", 7)
        社会效益: 打分("较好", 8)
        宣传: "/"
    }
    预期 {
        资金到位率: 19.1
        完成及时性: 0
        管理制度: 7
        社会效益: 8
        总分: 34.1
        等级: "差"
    }
}
