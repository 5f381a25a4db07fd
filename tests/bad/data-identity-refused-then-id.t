# An identity key of the unit's own whose value is refused (a list), then
# "$id": the refused key is not compared with "$id"'s fields (it crashed:
# the comparison read an identity never kept).
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" {
    indicator 满意度 weight 10 { target >= 90%; score proportional }
}
--- file d.json
{"项目编号": [1], "$id": {"项目名称": "x", "项目编号": "P1"}, "满意度": "95%"}
--- stderr
d.json:1:2: error[E302]: the identity field "项目编号" must be text or a number, not a list
    {"项目编号": [1], "$id": {"项目名称": "x", "项目编号": "P1"}, "满意度": "95%"}
     ^^^^^^^^^^
1 error
--- status
1
