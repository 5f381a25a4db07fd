# Sixty-four lets, each the square of the one before: the numbers double in
# length at every step.  check used to never finish; now the growth of
# number sizes is bounded (E006) at the ninth square.
--- args
check t.rubric
--- file t.rubric
rubric "平方" {
    input a: number
    let l0 = a
    let l1 = l0 * l0
    let l2 = l1 * l1
    let l3 = l2 * l2
    let l4 = l3 * l3
    let l5 = l4 * l4
    let l6 = l5 * l5
    let l7 = l6 * l6
    let l8 = l7 * l7
    let l9 = l8 * l8
    let l10 = l9 * l9
    let l11 = l10 * l10
    let l12 = l11 * l11
    let l13 = l12 * l12
    let l14 = l13 * l13
    let l15 = l14 * l14
    let l16 = l15 * l15
    let l17 = l16 * l16
    let l18 = l17 * l17
    let l19 = l18 * l18
    let l20 = l19 * l19
    let l21 = l20 * l20
    let l22 = l21 * l21
    let l23 = l22 * l22
    let l24 = l23 * l23
    let l25 = l24 * l24
    let l26 = l25 * l25
    let l27 = l26 * l26
    let l28 = l27 * l27
    let l29 = l28 * l28
    let l30 = l29 * l29
    let l31 = l30 * l30
    let l32 = l31 * l31
    let l33 = l32 * l32
    let l34 = l33 * l33
    let l35 = l34 * l34
    let l36 = l35 * l35
    let l37 = l36 * l36
    let l38 = l37 * l37
    let l39 = l38 * l38
    let l40 = l39 * l39
    let l41 = l40 * l40
    let l42 = l41 * l41
    let l43 = l42 * l42
    let l44 = l43 * l43
    let l45 = l44 * l44
    let l46 = l45 * l45
    let l47 = l46 * l46
    let l48 = l47 * l47
    let l49 = l48 * l48
    let l50 = l49 * l49
    let l51 = l50 * l50
    let l52 = l51 * l51
    let l53 = l52 * l52
    let l54 = l53 * l53
    let l55 = l54 * l54
    let l56 = l55 * l55
    let l57 = l56 * l56
    let l58 = l57 * l57
    let l59 = l58 * l58
    let l60 = l59 * l59
    let l61 = l60 * l60
    let l62 = l61 * l61
    let l63 = l62 * l62
    indicator 甲 weight 10 { target >= 1; score min(max(0, l63), weight) }
}
--- stderr
t.rubric:12:14: error[E006]: the numbers computed here can grow to 512 times the size of the numbers they come from, more than 256
        let l9 = l8 * l8
                 ^^^^^^^
help: a product's digits are those of all its factors: multiplying many values, or squaring a square, makes numbers too long to compute
1 error
--- status
1
