# One key written twice, decomposed and precomposed: the two spellings are one
# name, given twice.
--- args
eval t.rubric d2.json
--- file t.rubric
rubric "规范化" {
    input Café营业额: number
    indicator 营业额 weight 4 {
        actual Café营业额
        target >= 100
        score proportional
    }
    indicator 制度健全性 weight 4 {
        score checklist { Règlement财务: 2; 项目制度: 2 }
    }
    indicator 完备性 weight 4 {
        score grade { Complète完备: 4; 不完备: 0 }
    }
}
--- file-bytes d2.json
{
  "Cafe\0314\0201营业额": 100,
  "Café营业额": 90,
  "制度健全性": [],
  "完备性": "不完备"
}
--- stderr
d2.json:3:3: error[E301]: the key "Café营业额" is given twice: first on line 2
      "Café营业额": 90,
      ^^^^^^^^^^^^
1 error
--- status
1
