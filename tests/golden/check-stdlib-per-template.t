# each template gets its own copy of the standard library: an error about a
# library function in one file does not follow into the next, and the same
# template checks the same before and after it
--- args
check a.rubric b.rubric c.rubric
--- file a.rubric
rubric "甲" {
    indicator 完成率 weight 60 { target >= 100%; score proportional }
    indicator 满意度 weight 40 { score grade }
}
--- file b.rubric
rubric "乙" {
    func score_met(ok: bool, w) = if ok then w else 0
    func 未用(x) = x * 2
    indicator 完成率 weight 100 { target >= 100%; score proportional }
}
--- file c.rubric
rubric "甲" {
    indicator 完成率 weight 60 { target >= 100%; score proportional }
    indicator 满意度 weight 40 { score grade }
}
--- stderr
b.rubric:2:10: error[E104]: function score_met is defined twice (the standard library defines it)
        func score_met(ok: bool, w) = if ok then w else 0
             ^^^^^^^^^
1 error
--- status
1
