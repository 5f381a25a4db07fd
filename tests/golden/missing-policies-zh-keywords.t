# The policies in Chinese keywords (未填报 计零, 未填报 报错): 暂无 scores 0
# where the template says so, and is an error, the row pending, where a group
# says 报错.
--- args
eval t.rubric d.json
--- file t.rubric
评分表 "养老服务" {
    未填报 计零
    指标 服务人次 分值 60 { 目标 >= 5000; 得分 按比例 }
    分组 满意度 分值 40 {
        未填报 报错
        指标 服务对象满意度 分值 40 { 目标 >= 90%; 得分 按比例 }
    }
}
--- file d.json
{"服务人次": "暂无", "服务对象满意度": "暂无"}
--- stdout
养老服务

indicator         target  actual  weight           score  remark
服务人次          ≥5000   暂无        60               0  marked 暂无: scores 0
满意度                                40  0 (incomplete)
  服务对象满意度  ≥90%    暂无        40          待核实  pending: marked 暂无
--------------------------------------------------------
total                                100  0 (incomplete)
grade                                                  -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
d.json:1:16: error[E303]: indicator 服务对象满意度 is marked "暂无": the unit has not given it
    {"服务人次": "暂无", "服务对象满意度": "暂无"}
                         ^^^^^^^^^^^^^^^^
help: give the value, or "/" (不适用) if the row does not apply to the unit; the row is pending, never scored as 0, unless the template says what such a row scores (未填报 计零, 不计 or 折算)
1 error
--- status
1
