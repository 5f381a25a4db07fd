# A setting of the whole template written inside a group (E218): it would hold
# for every row, as if written at the top, which a reader of the group does not
# expect; each is named once, by the innermost group.  `missing` and `target
# default` are a group's own and stay allowed.
--- args
check t.rubric
--- file t.rubric
rubric "组内设置" {
    group 产出 weight 60 {
        missing zero
        target default >=
        group 数量 weight 60 {
            round 1
            inapplicable rescale
            indicator 完成率 weight 60 { target 90%; score proportional }
        }
    }
    group 效果 weight 40 {
        total 100
        require reason
        grades { 优: 90; 差: 0 }
        form self
        indicator 满意度 weight 40 { target >= 90%; score proportional }
    }
}
--- stderr
t.rubric:6:13: error[E218]: 'round' is a setting of the whole template, not of group 数量
                round 1
                ^^^^^^^
help: write it at the top of the template, outside the groups: it holds for every row
t.rubric:7:13: error[E218]: 'inapplicable' is a setting of the whole template, not of group 数量
                inapplicable rescale
                ^^^^^^^^^^^^^^^^^^^^
help: write it at the top of the template, outside the groups: it says how the total counts every row not applicable; for the rows of group 数量 to share out the weight of those not applicable (分值并入同级指标), write 'inapplicable share' in it
t.rubric:12:9: error[E218]: 'total' is a setting of the whole template, not of group 效果
            total 100
            ^^^^^^^^^
help: write it at the top of the template, outside the groups: it holds for every row
t.rubric:13:9: error[E218]: 'require reason' is a setting of the whole template, not of group 效果
            require reason
            ^^^^^^^^^^^^^^
help: write it at the top of the template, outside the groups: it holds for every row
t.rubric:14:9: error[E218]: 'grades' is a setting of the whole template, not of group 效果
            grades { 优: 90; 差: 0 }
            ^^^^^^^^^^^^^^^^^^^^^^^^
help: write it at the top of the template, outside the groups: it holds for every row
t.rubric:15:9: error[E218]: 'form' is a setting of the whole template, not of group 效果
            form self
            ^^^^^^^^^
help: write it at the top of the template, outside the groups: it holds for every row
6 errors
--- status
1
