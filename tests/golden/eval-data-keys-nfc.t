# Keys, checklist items and grade levels written in a decomposed form (e and
# U+0301, as some editors and systems write é) are the template's names in
# NFC: the data is read.  They used to be refused as unknown, with a "did you
# mean" that looked the same.
--- args
eval t.rubric d.json
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
--- file-bytes d.json
{
  "Cafe\0314\0201营业额": 100,
  "制度健全性": ["Re\0314\0200glement财务", "项目制度"],
  "完备性": "Comple\0314\0200te完备"
}
--- stdout
规范化

indicator   target  actual        weight  score
营业额      ≥100    100                4      4
制度健全性          2/2                4      4
完备性              Complète完备       4      4
-----------------------------------------------
total                                 12     12
grade                                        优
--- status
0
