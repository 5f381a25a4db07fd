# the parser tells a unary minus from a binary one: a unary minus is
# attached to its operand, a binary one has a space on each side; dates keep
# their text
--- args
fmt t.rubric
--- file t.rubric
rubric "minus" {
    input x: number default - 1
    input d: date default 2020-12-1
    let a = x-1
    let b = x - -1
    let c = -( x+1 )*- x
    let e = 2020 - 12 - 1
    let f = max(- x, x -1)
    group g {
        indicator i weight 4 {
            actual x
            score bands { ( - inf, 0): 0; [0, inf): 4 }
        }
        indicator j weight 4 { score judged - 1 .. 4 - 0 }
    }
}
--- stdout
rubric "minus" {
    input x: number default -1
    input d: date default 2020-12-1
    let a = x - 1
    let b = x - -1
    let c = -(x + 1) * -x
    let e = 2020 - 12 - 1
    let f = max(-x, x - 1)
    group g {
        indicator i weight 4 {
            actual x
            score bands { (-inf, 0): 0; [0, inf): 4 }
        }
        indicator j weight 4 { score judged -1 .. 4 - 0 }
    }
}
--- status
0
