# -f csv --form self: the 项目支出绩效自评表 as CSV, a line per row of the
# form after the unit's identity ("$id"): the budget row, every indicator
# with all its groups named, a row not applicable, a judged row and an
# override with their remarks, then 总分 with the grade; the unit's count of
# errors last.  Headings in the language of messages.
--- args
eval t.rubric d.json -f csv --form self --lang zh
--- file t.rubric
rubric "2020年计量检定项目绩效自评" {
    round 2
    total 100
    input 全年预算数: number unit "万元"
    budget 年度资金总额 weight 10
    group 产出指标 {
        group 数量指标 {
            indicator 检定台件数 weight 30 { unit "台"; target >= 30000; score proportional }
        }
        group 成本指标 {
            indicator 设备支出 weight 20 { unit "万元"; target <= 39; score proportional }
        }
    }
    group 效益指标 {
        indicator 经济效益指标 { inapplicable }
        group 社会效益指标 {
            indicator 保护消费者权益 weight 20 { target "有效保护"; score judged }
        }
    }
    group 满意度指标 {
        indicator 服务对象满意度 weight 20 { target >= 95%; score proportional }
    }
}
--- file d.json
{
  "$id": {"项目名称": "计量检定", "主管部门": "市场监督管理局", "实施单位": "计量检定所, 一所", "年度": "2020"},
  "年初预算数": 100, "全年预算数": 100, "全年执行数": 98,
  "检定台件数": 34941,
  "设备支出": {"actual": 41.5, "score": 18, "reason": "超支 2.5 万元，已说明"},
  "保护消费者权益": {"actual": "90%", "score": 19},
  "服务对象满意度": "96%"
}
--- stdout
项目名称,主管部门,实施单位,年度,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施,错误数
计量检定,市场监督管理局,"计量检定所, 一所",2020,,,年度资金总额,,98%,10,9.8,,0
计量检定,市场监督管理局,"计量检定所, 一所",2020,产出指标,数量指标,检定台件数,≥30000台,34941台,30,30,,0
计量检定,市场监督管理局,"计量检定所, 一所",2020,产出指标,成本指标,设备支出,≤39万元,41.5万元,20,18,已调整，按规则得 18.8：超支 2.5 万元，已说明,0
计量检定,市场监督管理局,"计量检定所, 一所",2020,效益指标,经济效益指标,,,/,/,/,不适用,0
计量检定,市场监督管理局,"计量检定所, 一所",2020,效益指标,社会效益指标,保护消费者权益,有效保护,90%,20,19,评价人员评定,0
计量检定,市场监督管理局,"计量检定所, 一所",2020,满意度指标,服务对象满意度,,≥95%,96%,20,20,,0
计量检定,市场监督管理局,"计量检定所, 一所",2020,总分,,,,,100,96.8,等级：优,0
