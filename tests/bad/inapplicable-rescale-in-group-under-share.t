# inapplicable rescale in a group, under inapplicable share at the top: one
# error, E218 on the misplaced setting, not also "declared twice" at the top
--- args
check t.rubric
--- file t.rubric
rubric "d" {
    inapplicable share
    group A weight 100 {
        inapplicable rescale
        indicator a weight 100 { target >= 1; score met }
    }
}
--- stderr
t.rubric:4:9: error[E218]: 'inapplicable' is a setting of the whole template, not of group A
            inapplicable rescale
            ^^^^^^^^^^^^^^^^^^^^
help: write it at the top of the template, outside the groups: it says how the total counts every row not applicable; for the rows of group A to share out the weight of those not applicable (分值并入同级指标), write 'inapplicable share' in it
1 error
--- status
1
