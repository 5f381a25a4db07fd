# A function with two parameters of the same name: the second could never
# be read.
--- args
check t.rubric
--- file t.rubric
rubric "参" {
    func f(a, a) = a
    indicator 甲 weight 10 { target >= 1; score min(f(甲, 1), weight) }
}
--- stderr
t.rubric:2:15: error[E104]: parameter a of f is named twice
        func f(a, a) = a
                  ^
1 error
--- status
1
