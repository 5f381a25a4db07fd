# rubric test in Chinese (--lang zh): a template written with Chinese
# keywords whose tests all pass prints only the summary, in Chinese
--- args
test --lang zh t.rubric
--- file t.rubric
评分表 "社区养老服务" {
    舍入 2
    输入 实际到位资金: 数值 单位 "万元"
    输入 预算资金: 数值 单位 "万元"
    分组 投入 {
        指标 资金到位率 分值 10 { 实际值 实际到位资金 / 预算资金; 目标 ≥ 100%; 得分 按比例 }
        指标 满意度 分值 10 { 目标 ≥ 90%; 得分 按比例 }
    }
    测试 "2023年" {
        已知 { 实际到位资金: 190; 预算资金: 200; 满意度: 85% }
        预期 { 资金到位率: 9.5; 满意度: 9.44; 总分: 18.94; 等级: 优 }
    }
    测试 "满意度不适用" {
        已知 { 实际到位资金: 200; 预算资金: 200; 满意度: "/" }
        预期 { 满意度: "/"; 资金到位率: 10 }
    }
}
--- stdout
2 个通过，0 个失败
