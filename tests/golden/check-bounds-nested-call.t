# A function called inside an argument of a call to itself: the interval
# analysis walks its one body for each call, and the facts of the outer
# call's condition must not decide the inner call's.  The inner call can
# give 100, so the score can exceed the weight (E214).
--- args
check t.rubric
--- file t.rubric
rubric "nest" {
    input a: number
    input b: number
    func g(x, y, u, v) = if x + 0 <= y then u else v
    indicator s weight 5 { score g(a, 1, g(b, 1, 5, 100), 5) }
}
--- stderr
t.rubric:5:34: error[E214]: the score of s can exceed its weight 5: the rule gives up to 100
        indicator s weight 5 { score g(a, 1, g(b, 1, 5, 100), 5) }
                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^
help: cap it, e.g. min(..., weight), or use a rule of the library such as 'score proportional'
1 error
--- status
1
