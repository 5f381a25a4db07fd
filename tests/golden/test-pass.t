# rubric test: every expectation of every test holds (inputs, a default left out, a
# checklist list, a judged score, a row marked "/"): only the summary, exit 0
--- args
test t.rubric
--- file t.rubric
rubric "社区养老服务" {
    total 20
    round 2
    input 实际到位资金: number unit "万元"
    input 预算资金: number unit "万元"
    input 按期完成: bool default true
    group 投入 weight 6 {
        indicator 资金到位率 weight 3 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 3 { score checklist { 财务制度: 2; 项目制度: 1 } }
    }
    group 产出 weight 10 {
        indicator 服务人次 weight 6 { target >= 5000; score interpolate 3000 .. 5000 }
        indicator 完成及时性 weight 4 { actual 按期完成; score if actual then weight else 0 }
    }
    group 效果 weight 4 {
        indicator 满意度 weight 2 { target >= 90%; score proportional }
        indicator 社会效益 weight 2 { score judged }
    }
    test "2023年" {
        given {
            实际到位资金: 190; 预算资金: 200
            制度健全性: [财务制度, 项目制度]
            服务人次: 4321
            满意度: 85%
            社会效益: 1.5
        }
        expect {
            资金到位率: 2.85          # 95% of 3
            制度健全性: 3
            服务人次: 3.96            # (4321 - 3000) / 2000 × 6 = 3.963
            完成及时性: 4             # 按期完成 defaults to true
            满意度: 1.89; 社会效益: 1.5
            投入: 5.85; 产出: 7.96; 效果: 3.39
            total: 17.2
            grade: 良
        }
    }
    test "满意度不适用" {
        given {
            实际到位资金: 200; 预算资金: 200; 按期完成: false
            制度健全性: []; 服务人次: 6000; 满意度: "/"; 社会效益: 0
        }
        expect { 满意度: "/"; 完成及时性: 0; 制度健全性: 0; 效果: 0; total: 9; grade: "差" }
    }
}
--- stdout
2 passed, 0 failed
