# 'target default' once per group, and not with !=
--- args
check t.rubric
--- file t.rubric
rubric "bare" {
    group g {
        indicator 数量 weight 10 { target 20000; score met }
        target default >=
        target default !=
    }
}
--- stderr
t.rubric:5:9: error[E216]: a target cannot use '!='
            target default !=
            ^^^^^^^^^^^^^^^^^
t.rubric:5:9: error[E104]: 'target default' is set twice here
            target default !=
            ^^^^^^^^^^^^^^^^^
2 errors
--- status
1
