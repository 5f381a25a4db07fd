# an unknown key starting with $, quoted in the message
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
  "完备性": "完备",
  "制度": ["财务制度"],
  "$comment": "说明"
}
--- stderr
d.json:7:3: error[E304]: unknown key "$comment" (the data may have "$published", "$id" and "$form")
      "$comment": "说明"
      ^^^^^^^^^^
1 error
--- status
1
