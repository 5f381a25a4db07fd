# a row whose score is not the expected one: one line at the expectation
# (file:line:col, the test's name, expected and computed), the summary, exit 1
--- args
test t.rubric
--- file t.rubric
rubric "质量检验" {
    round 2
    input 实际在编人数: number
    input 核定在编人数: number
    group 投入 {
        indicator 人员控制率 weight 3 {
            actual 实际在编人数 / 核定在编人数
            target <= 100%
            score deduct 0.5 per 1% above 100%
        }
    }
    group 产出 {
        indicator 市级监督抽查批次 weight 4 { target >= 2000; score proportional }
    }
    test "published" {
        given { 实际在编人数: 18; 核定在编人数: 20; 市级监督抽查批次: 962 }
        expect { 市级监督抽查批次: 1.92; 人员控制率: 3 }
    }
    test "over quota" {
        given { 实际在编人数: 21; 核定在编人数: 20; 市级监督抽查批次: 962 }
        expect { 市级监督抽查批次: 1.924; 人员控制率: 3 }
    }
}
--- stdout
t.rubric:21:18: test "over quota": 市级监督抽查批次: expected 1.924, got 1.92
t.rubric:21:35: test "over quota": 人员控制率: expected 3, got 0.5
1 passed, 1 failed
--- status
1
