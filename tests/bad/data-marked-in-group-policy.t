# A value marked 待补充 needed by two indicators, one in a group whose
# policy scores it 0 and one under the default: the error names the value
# once, the second row is pending, the first scores 0.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "例" {
    input 预算资金: number
    group 甲组 weight 50 {
        missing zero
        indicator 甲 weight 50 { actual 预算资金; target >= 10; score proportional }
    }
    indicator 乙 weight 50 { actual 预算资金 * 2; target >= 10; score proportional }
}
--- file d.json
{"预算资金": "待补充"}
--- stdout
例

indicator  target  actual  weight           score  remark
甲组                           50               0
  甲       ≥10     待补充      50               0  marked 待补充: scores 0
乙         ≥10     待补充      50          待核实  pending: marked 待补充
-------------------------------------------------
total                         100  0 (incomplete)
grade                                           -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
d.json:1:2: error[E303]: input 预算资金 is marked "待补充": the unit has not given it
    {"预算资金": "待补充"}
     ^^^^^^^^^^
help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
1 error
--- status
1
