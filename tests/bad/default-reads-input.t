# A default that reads another input is refused (E108): it would be read
# when that input may be missing or marked 未填报 itself, and scored a row
# from nothing (two defaults reading each other scored full marks).
--- args
check t.rubric
--- file t.rubric
rubric "c" {
    input A: number default B
    input B: number default A * 2
    let 基数 = B + 1
    input C: number default 基数
    input D: number default 一半(200)
    func 一半(x) = x / 2
    indicator X weight 10 { actual A + C + D; target >= 10; score proportional }
}
--- stderr
t.rubric:2:29: error[E108]: the default of A reads B: a default is a constant
        input A: number default B
                                ^
help: a default is the value when the data gives none; to compute a value from others, give the indicator an `actual` formula
t.rubric:3:29: error[E108]: the default of B reads A: a default is a constant
        input B: number default A * 2
                                ^^^^^
help: a default is the value when the data gives none; to compute a value from others, give the indicator an `actual` formula
t.rubric:5:29: error[E108]: the default of C reads B: a default is a constant
        input C: number default 基数
                                ^^^^
help: a default is the value when the data gives none; to compute a value from others, give the indicator an `actual` formula
3 errors
--- status
1
