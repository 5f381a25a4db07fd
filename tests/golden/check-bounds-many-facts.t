# Nested conditions on many inputs: the interval analysis keeps a fact per
# condition, in a table that grows while the facts are pushed.  Its undo
# log named places of the table, which moved when it grew: popping a fact
# then read a wrong or empty place (a crash under AddressSanitizer, or
# garbage bounds), depending on where memory lay.  The score is proved to
# stay within [0, weight].
--- args
check t.rubric
--- file t.rubric
rubric "facts" {
    input a0: number
    input a1: number
    input a2: number
    input a3: number
    input a4: number
    input a5: number
    input a6: number
    input a7: number
    input a8: number
    input a9: number
    input a10: number
    input a11: number
    input a12: number
    input a13: number
    input a14: number
    input a15: number
    input a16: number
    input a17: number
    input a18: number
    input a19: number
    input a20: number
    input a21: number
    input a22: number
    input a23: number
    indicator s weight 5 { score if a0 > 0 then (if a1 > 1 then (if a2 > 2 then (if a3 > 3 then (if a4 > 4 then (if a5 > 5 then (if a6 > 6 then (if a7 > 7 then (if a8 > 8 then (if a9 > 9 then (if a10 > 10 then (if a11 > 11 then (if a12 > 12 then (if a13 > 13 then (if a14 > 14 then (if a15 > 15 then (if a16 > 16 then (if a17 > 17 then (if a18 > 18 then (if a19 > 19 then (if a20 > 20 then (if a21 > 21 then (if a22 > 22 then (if a23 > 23 then weight else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0) else 0 }
}
--- stdout
--- status
0
