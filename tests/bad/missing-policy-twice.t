# `missing` set twice in one group: an error at the second.
--- args
check t.rubric
--- file t.rubric
rubric "例" {
    missing zero
    group 产出 weight 100 {
        missing exclude
        missing rescale
        indicator 甲 weight 100 { target >= 10; score proportional }
    }
}
--- stderr
t.rubric:5:9: error[E104]: 'missing' is set twice here
            missing rescale
            ^^^^^^^^^^^^^^^
1 error
--- status
1
