# level sets: declared twice, unknown (did you mean), an empty range, points above the weight
--- args
check t.rubric
--- file t.rubric
rubric "level errors" {
    levels 完备度 { 完备: weight; 较完备: [weight, weight); 差: [0, 2 * weight] }
    levels 五级 { 优: 1 }
    levels 五级 { 优: 1 }
    group g {
        indicator 甲 weight 4 { score grade 完备 }
        indicator 乙 weight 4 { score grade 完备度 }
    }
}
--- stderr
t.rubric:4:12: error[E104]: levels 五级 are declared twice
        levels 五级 { 优: 1 }
               ^^^^
t.rubric:6:44: error[E101]: there are no levels called 完备
            indicator 甲 weight 4 { score grade 完备 }
                                                ^^^^
help: did you mean '完备度'?
t.rubric:2:30: error[E213]: the range of '较完备' is empty
        levels 完备度 { 完备: weight; 较完备: [weight, weight); 差: [0, 2 * weight] }
                                      ^^^^^^
t.rubric:2:57: error[E214]: '差' gives points outside [0, 4]
        levels 完备度 { 完备: weight; 较完备: [weight, weight); 差: [0, 2 * weight] }
                                                                     ^
4 errors
--- status
1
