# A value marked 未填报 that only a row the data marks "/" needs: the error
# of a marked value stays, and with no row pending for it, the unit is not
# scored (as before `missing` existed).
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    input 预算: number
    indicator 甲 weight 10 { actual 预算 / 10; target >= 1; score proportional }
    indicator 乙 weight 10 { target >= 1; score proportional }
}
--- file d.json
{"甲": "/", "预算": "未填报", "乙": 1}
--- stderr
d.json:1:12: error[E303]: input 预算 is marked "未填报": the unit has not given it
    {"甲": "/", "预算": "未填报", "乙": 1}
                ^^^^^^
help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (missing zero, exclude or rescale)
1 error
--- status
1
