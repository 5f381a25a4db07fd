# bands, a picked grade level, a checklist, a judged score; -o writes the file, nothing on stdout
--- args
eval t.rubric d.json -o out.txt
--- file t.rubric
rubric "tables" {
    group g {
        indicator 资金到位率 weight 4 {
            target = 100%
            score bands {
                [100%, inf): 4
                (90%, 100%): 3
                (80%, 90%): 2
                [0, 80%): 0
            }
        }
        indicator 合同 weight 4 {
            score grade { 完备: 4; 较完备: 2..3; 基本完备: 1; 不完备: 0 }
        }
        indicator 制度 weight 4 {
            score checklist { 管理制度: 2; 维护保养制度: 2 }
        }
        indicator 评 weight 2 { score judged }
    }
}
--- file d.json
{"资金到位率": "85%", "合同": {"level": "较完备", "score": 2.5}, "制度": ["维护保养制度"], "评": 1.5}
--- file-out out.txt
tables

indicator     target  actual  weight  score
g                                 14      8
  资金到位率  =100%   85%          4      2
  合同                较完备       4    2.5
  制度                1/2          4      2
  评                               2    1.5
-------------------------------------------
total                             14      8
grade                                    差
--- status
0
