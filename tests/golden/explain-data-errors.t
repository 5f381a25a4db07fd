# Errors in the data are reported as by eval, and nothing is explained (exit 1).
--- args
explain t.rubric d.json
--- file t.rubric
rubric "养老" {
    round 2
    group 投入 {
        indicator 资金到位率 weight 20 { target >= 100%; score bands { [100%, inf): 20; [90%, 100%): 15; else: 0 } }
        indicator 制度健全性 weight 20 { score checklist { 财务制度: 10; 项目制度: 10 } }
        indicator 人员控制率 weight 10 { target <= 100%; score deduct 0.5 per 1% above 100% }
    }
    group 产出 {
        indicator 服务人次 weight 20 { target >= 5000; score proportional }
        indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
        indicator 宣传覆盖 weight 10 { target >= 90%; score proportional }
        indicator 社会效益 weight 10 { score judged }
    }
}
--- file d.json
{"资金到位率": "abc"}
--- stderr
d.json:1:2: error[E302]: indicator 资金到位率: "abc" is not a number
    {"资金到位率": "abc"}
     ^^^^^^^^^^^^
t.rubric:5:19: error[E303]: indicator 制度健全性: no value in the data
            indicator 制度健全性 weight 20 { score checklist { 财务制度: 10; 项目制度: 10 } }
                      ^^^^^^^^^^
t.rubric:6:19: error[E303]: indicator 人员控制率: no value in the data
            indicator 人员控制率 weight 10 { target <= 100%; score deduct 0.5 per 1% above 100% }
                      ^^^^^^^^^^
t.rubric:9:19: error[E303]: indicator 服务人次: no value in the data
            indicator 服务人次 weight 20 { target >= 5000; score proportional }
                      ^^^^^^^^
t.rubric:10:19: error[E303]: indicator 完成质量: no value in the data
            indicator 完成质量 weight 10 { score grade { 好: 10; 中: 6..8; 差: 0 } }
                      ^^^^^^^^
t.rubric:11:19: error[E303]: indicator 宣传覆盖: no value in the data
            indicator 宣传覆盖 weight 10 { target >= 90%; score proportional }
                      ^^^^^^^^
t.rubric:12:19: error[E303]: indicator 社会效益 is judged: the data must give its score
            indicator 社会效益 weight 10 { score judged }
                      ^^^^^^^^
help: write {"actual": ..., "score": N}; in a CSV file, a column 社会效益.得分
7 errors
--- status
1
