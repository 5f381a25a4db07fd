# a builtin call with more than 16 arguments is refused at check time
--- args
check t.rubric
--- file t.rubric
rubric "x" { group g { indicator a weight 1 { score min(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1) } } }
--- stderr
t.rubric:1:53: error[E107]: min takes at most 16 arguments, not 17
    rubric "x" { group g { indicator a weight 1 { score min(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1) } } }
                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
