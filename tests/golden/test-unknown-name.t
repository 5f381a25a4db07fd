# a test that names what the template does not have is an error of `rubric
# check` (E217), at the name, with a "did you mean" among the template's names
--- args
check t.rubric
--- file t.rubric
rubric "质量检验" {
    input 实际在编人数: number
    input 核定在编人数: number
    group 投入 {
        indicator 人员控制率 weight 3 {
            actual 实际在编人数 / 核定在编人数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
        indicator 市级监督抽查批次 weight 4 { target >= 2000; score proportional }
    }
    test "typos" {
        given { 实际再编人数: 18; 核定在编人数: 20; 市级监督抽查批: 962 }
        expect { 人员控制: 3; 投人: 7; totl: 7; 实际在编人数: 18 }
    }
}
--- stderr
t.rubric:13:17: error[E217]: the template has no input or indicator called 实际再编人数
            given { 实际再编人数: 18; 核定在编人数: 20; 市级监督抽查批: 962 }
                    ^^^^^^^^^^^^
help: did you mean '实际在编人数'?
t.rubric:13:41: error[E217]: the template has no input or indicator called 市级监督抽查批
            given { 实际再编人数: 18; 核定在编人数: 20; 市级监督抽查批: 962 }
                                                        ^^^^^^^^^^^^^^
help: did you mean '市级监督抽查批次'?
t.rubric:14:18: error[E217]: the template has no indicator or group called 人员控制
            expect { 人员控制: 3; 投人: 7; totl: 7; 实际在编人数: 18 }
                     ^^^^^^^^
help: did you mean '人员控制率'?
t.rubric:14:27: error[E217]: the template has no indicator or group called 投人
            expect { 人员控制: 3; 投人: 7; totl: 7; 实际在编人数: 18 }
                                  ^^^^
help: did you mean '投入'?
t.rubric:14:34: error[E217]: the template has no indicator or group called totl
            expect { 人员控制: 3; 投人: 7; totl: 7; 实际在编人数: 18 }
                                           ^^^^
help: did you mean 'total'?
t.rubric:14:43: error[E217]: 实际在编人数 is an input: it belongs in 'given'
            expect { 人员控制: 3; 投人: 7; totl: 7; 实际在编人数: 18 }
                                                    ^^^^^^^^^^^^
help: 'expect' names indicators, groups, total and grade
6 errors
--- status
1
