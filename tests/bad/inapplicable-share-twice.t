# inapplicable share set twice in a group, and at the top beside
# inapplicable rescale: each is an error
--- args
check t.rubric
--- file t.rubric
rubric "d" {
    inapplicable rescale
    inapplicable share
    group A weight 100 {
        inapplicable share
        inapplicable share
        indicator a weight 100 { target >= 1; score met }
    }
}
--- stderr
t.rubric:6:9: error[E104]: 'inapplicable share' is set twice here
            inapplicable share
            ^^^^^^^^^^^^^^^^^^
t.rubric:3:5: error[E104]: 'inapplicable' is declared twice
        inapplicable share
        ^^^^^^^^^^^^^^^^^^
2 errors
--- status
1
