# 'form' may be declared once, and each field of its header given once.
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    form self { 项目名称: "甲"; 年度: 2020; 项目名称: "乙" }
    form score
    indicator 甲 weight 100 { target >= 1; score proportional }
}
--- stderr
t.rubric:2:38: error[E104]: the form's header gives '项目名称' twice
        form self { 项目名称: "甲"; 年度: 2020; 项目名称: "乙" }
                                                ^^^^^^^^
t.rubric:3:5: error[E104]: 'form' is declared twice
        form score
        ^^^^^^^^^^
2 errors
--- status
1
