# dates cannot be subtracted: the help says how a table's 每逾期N天扣M分 is
# written
--- args
check t.rubric
--- file t.rubric
rubric "t" {
    total 10
    input 完工: date
    indicator 工期 weight 10 { actual 完工 - 2023-10-31; target <= 0; score met }
}
--- stderr
t.rubric:4:37: error[E106]: '-' needs a number, got date
        indicator 工期 weight 10 { actual 完工 - 2023-10-31; target <= 0; score met }
                                          ^^^^
t.rubric:4:42: error[E106]: '-' needs a number, got date
        indicator 工期 weight 10 { actual 完工 - 2023-10-31; target <= 0; score met }
                                                 ^^^^^^^^^^
help: dates are compared, not subtracted: for days late (每逾期N天扣M分), give the days as an input (逾期天数: integer), or score the date by its deadline (target 2023年12月31日前)
2 errors
--- status
1
