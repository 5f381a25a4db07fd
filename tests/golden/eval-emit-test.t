# --emit-test writes the unit as a test block of the template: every value
# given as a test writes it (numbers exactly, percents, dates, a checklist's
# items, a picked level's score, a judged row's shown actual and score, an
# override, a row not applicable), names quoted where they must be, and the
# published scores (else the computed ones), total and grade expected.
--- args
eval t.rubric d.json --emit-test
--- file t.rubric
rubric "写测试" {
    round 2
    input 预算资金: number unit "万元"
    input 到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 20 { actual 到位资金 / 预算资金; target >= 100%; score proportional }
        indicator 制度健全性 weight 20 { score checklist { 财务制度: 10; 「项目制度（含台账）」: 10 } }
        indicator 完成日期 weight 10 { target 2023年12月31日前; score met }
    }
    group 产出 {
        indicator 满意度 weight 20 { target >= 90%; score proportional }
        indicator 管理制度 weight 10 { score grade { 完整完善: 10; 有制度: 5..8; 无制度: 0 } }
        indicator 社会效益 weight 10 { score judged }
        indicator 宣传 weight 10 { target >= 10; score proportional }
    }
}
--- file d.json
{"预算资金": 100, "到位资金": 95.5,
 "制度健全性": ["财务制度", "项目制度（含台账）"],
 "完成日期": "2023-12-20",
 "满意度": {"actual": "85%", "score": 20, "reason": "抽样偏少", "published": 20},
 "管理制度": {"level": "有制度", "score": 7},
 "社会效益": {"actual": "较好", "score": 8, "published": 8},
 "宣传": "/",
 "$published": {"total": 84.1, "grade": "良"}}
--- stdout
test "写测试" {
    given {
        预算资金: 100
        到位资金: 95.5
        制度健全性: ["财务制度", "项目制度（含台账）"]
        完成日期: 2023-12-20
        满意度: scored(85%, 20)
        管理制度: scored("有制度", 7)
        社会效益: scored("较好", 8)
        宣传: "/"
    }
    expect {
        资金到位率: 19.1
        制度健全性: 20
        完成日期: 10
        满意度: 20
        管理制度: 7
        社会效益: 8
        total: 84.1
        grade: "良"
    }
}
