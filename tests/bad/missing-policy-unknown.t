# `missing` followed by a word that is no policy: the error names the four.
--- args
check t.rubric
--- file t.rubric
rubric "例" {
    missing skip
    indicator 甲 weight 100 { target >= 10; score proportional }
}
--- stderr
t.rubric:2:13: error[E001]: unexpected name 'skip'; expected 'rescale', 'exclude', 'zero' or 'error'
        missing skip
                ^^^^
1 error
--- status
1
