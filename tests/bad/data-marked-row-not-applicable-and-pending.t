# A value marked 未填报 that only a row marked "/" needs fails the unit,
# even when another row is pending for a value in no band: the output does
# not depend on the other row.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "q" {
    input B: number
    indicator X weight 10 { actual B; target >= 10; score proportional }
    indicator Z weight 10 { score bands { [0, 50): 0; (50, inf): 10 } }
}
--- file d.json
{"B": "未填报", "X": "/", "Z": 50}
--- stderr
d.json:1:2: error[E303]: input B is marked "未填报": the unit has not given it
    {"B": "未填报", "X": "/", "Z": 50}
     ^^^
help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
t.rubric:4:35: error[E307]: indicator Z: 50 falls in no band
        indicator Z weight 10 { score bands { [0, 50): 0; (50, inf): 10 } }
                                      ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
2 errors
--- status
1
