# Thirty functions, each calling the one before twice: evaluating f29 takes
# about 2^30 steps.  The checker used to copy every body into every call,
# so check ran out of stack at 13 and of memory at 30; now each body is
# checked once and its cost counted (E006).
--- args
check t.rubric
--- file t.rubric
rubric "成本" {
    func f0(x) = x
    func f1(x) = max(f0(x), f0(x + 1))
    func f2(x) = max(f1(x), f1(x + 1))
    func f3(x) = max(f2(x), f2(x + 1))
    func f4(x) = max(f3(x), f3(x + 1))
    func f5(x) = max(f4(x), f4(x + 1))
    func f6(x) = max(f5(x), f5(x + 1))
    func f7(x) = max(f6(x), f6(x + 1))
    func f8(x) = max(f7(x), f7(x + 1))
    func f9(x) = max(f8(x), f8(x + 1))
    func f10(x) = max(f9(x), f9(x + 1))
    func f11(x) = max(f10(x), f10(x + 1))
    func f12(x) = max(f11(x), f11(x + 1))
    func f13(x) = max(f12(x), f12(x + 1))
    func f14(x) = max(f13(x), f13(x + 1))
    func f15(x) = max(f14(x), f14(x + 1))
    func f16(x) = max(f15(x), f15(x + 1))
    func f17(x) = max(f16(x), f16(x + 1))
    func f18(x) = max(f17(x), f17(x + 1))
    func f19(x) = max(f18(x), f18(x + 1))
    func f20(x) = max(f19(x), f19(x + 1))
    func f21(x) = max(f20(x), f20(x + 1))
    func f22(x) = max(f21(x), f21(x + 1))
    func f23(x) = max(f22(x), f22(x + 1))
    func f24(x) = max(f23(x), f23(x + 1))
    func f25(x) = max(f24(x), f24(x + 1))
    func f26(x) = max(f25(x), f25(x + 1))
    func f27(x) = max(f26(x), f26(x + 1))
    func f28(x) = max(f27(x), f27(x + 1))
    func f29(x) = max(f28(x), f28(x + 1))
    indicator 甲 weight 10 { target >= 1; score min(max(0, f29(甲)), weight) }
}
--- stderr
t.rubric:19:19: error[E006]: evaluating this takes 1048569 steps, more than the 1003408 this template may take
        func f17(x) = max(f16(x), f16(x + 1))
                      ^^^^^^^^^^^^^^^^^^^^^^^
1 error
--- status
1
