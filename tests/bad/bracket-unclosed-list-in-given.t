# a list in a test's given block is closed with '}' instead of ']'
--- args
check t.rubric
--- file t.rubric
rubric "资金管理" {
    indicator 制度健全性 weight 4 { score checklist { 财务制度: 2; 项目制度: 2 } }
    test "一" {
        given { 制度健全性: [财务制度, 项目制度 }
        expect { 制度健全性: 4 }
    }
}
--- stderr
t.rubric:4:36: error[E001]: unexpected '}'
            given { 制度健全性: [财务制度, 项目制度 }
                                                    ^
1 error
--- status
1
