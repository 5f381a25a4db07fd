# a level that is not one of the choices: the error points into the template
--- args
eval t.rubric d.json
--- file t.rubric
rubric "项目自评" {
    input 完成日期: date
    input 是否公开: bool
    input 获奖数: integer
    indicator 及时性 weight 2 { actual 完成日期; target by 2020-12-31; score met }
    indicator 公开 weight 2 { score if 是否公开 then 2 else 0 }
    indicator 完备性 weight 2 { score grade { 完备: 2; 较完备: 1..1.5; 不完备: 0 } }
    indicator 制度 weight 2 { score checklist { 财务制度: 1; 项目制度: 1 } }
    indicator 获奖 weight 2 { actual 获奖数; score min(2, actual) }
}
--- file d.json
{
  "完成日期": "2020-12-01",
  "是否公开": true,
  "获奖数": 1,
  "完备性": "完整",
  "制度": ["财务制度"]
}
--- stdout
项目自评

indicator  target       actual      weight           score  remark
及时性     ≤2020-12-31  2020-12-01       2               2
公开                                     2               2
完备性                  完整             2          待核实  pending: the rule cannot score this value
制度                    1/2              2               1
获奖                    1                2               1
----------------------------------------------------------
total                                   10  6 (incomplete)
grade                                                    -

1 indicator pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:7:36: error[E310]: indicator 完备性: "完整" is not one of its levels
        indicator 完备性 weight 2 { score grade { 完备: 2; 较完备: 1..1.5; 不完备: 0 } }
                                          ^^^^^
help: did you mean '完备'?
1 error
--- status
1
